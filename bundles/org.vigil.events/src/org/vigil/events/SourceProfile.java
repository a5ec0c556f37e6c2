package org.vigil.events;

import java.util.ArrayList;
import java.util.List;

/**
 * What an operator looks at first in a source's events, for data a SOC did not shape itself
 * (Wazuh alerts, a vendor's export): the result columns, the fields whose top values matter and
 * the field that says how serious an event is. The workbench and the command line start from it;
 * the operator's own choices win afterwards. Added in package version 1.2.0.
 *
 * @param columns the result columns after the time, in order
 * @param topFields the fields whose top values are shown first, in order
 * @param severityField the field that grades an event (Wazuh's {@code rule.level}), or {@code null}
 */
public record SourceProfile(List<String> columns, List<String> topFields, String severityField) {

    /** A source that says nothing about its fields: every field is as good as another. */
    public static final SourceProfile NONE = new SourceProfile(List.of(), List.of(), null);

    /** Keeps immutable copies; a blank severity field is none. */
    public SourceProfile {
        columns = List.copyOf(columns);
        topFields = List.copyOf(topFields);
        severityField = severityField == null || severityField.isBlank() ? null : severityField;
    }

    /** @return whether the profile says anything */
    public boolean isEmpty() {
        return columns.isEmpty() && topFields.isEmpty() && severityField == null;
    }

    /**
     * @return the field whose top values are shown first: the severity field, how serious the
     *         hits are being what an operator reads first, else the first top field, else {@code null}
     */
    public String firstTopField() {
        return severityField != null ? severityField : topFields.isEmpty() ? null : topFields.get(0);
    }

    /**
     * @param profiles the profiles of sources searched together
     * @return one profile with every column and top field once, in the order they first come,
     *         and the first severity field
     */
    public static SourceProfile combined(List<SourceProfile> profiles) {
        List<String> columns = new ArrayList<>();
        List<String> top = new ArrayList<>();
        String severity = null;
        for (SourceProfile profile : profiles) {
            profile.columns.stream().filter(field -> !columns.contains(field)).forEach(columns::add);
            profile.topFields.stream().filter(field -> !top.contains(field)).forEach(top::add);
            if (severity == null) {
                severity = profile.severityField;
            }
        }
        return new SourceProfile(columns, top, severity);
    }
}
