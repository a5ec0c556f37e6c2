package org.vigil.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.vigil.events.SourceProfile;

/**
 * What an operator looks at first in a kind of index: the time field, the result columns and
 * the fields whose top values matter, for indices a SOC did not write itself (Wazuh alerts). A
 * profile is a properties file beside this class (keys {@code name}, {@code pattern},
 * {@code timestamp}, {@code columns}, {@code top} and optionally {@code severity}), so adding one
 * is adding data. A source over the profile's indices hands it to the workbench as its
 * {@link SourceProfile}.
 *
 * @param id the file's name without {@code .properties}, e.g. {@code wazuh-alerts}
 * @param name the name shown to the operator
 * @param indexPattern the indices it describes, e.g. {@code wazuh-alerts-*}
 * @param timestampField the field with the event time, which time ranges and the histogram use
 * @param columns the result columns after the time, in order
 * @param topFields the fields whose top values are shown first, in order
 * @param severityField the field that grades an alert, or {@code null}
 */
public record FieldProfile(String id, String name, String indexPattern, String timestampField, List<String> columns,
        List<String> topFields, String severityField) {

    /** The profiles this bundle brings, by id. */
    public static final List<String> BUILT_IN = List.of("wazuh-alerts"); //$NON-NLS-1$

    /** @throws NullPointerException if a part is missing */
    public FieldProfile {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(indexPattern, "indexPattern"); //$NON-NLS-1$
        Objects.requireNonNull(timestampField, "timestampField"); //$NON-NLS-1$
        columns = List.copyOf(columns);
        topFields = List.copyOf(topFields);
    }

    /**
     * @param id one of {@link #BUILT_IN}
     * @return that profile
     * @throws IllegalArgumentException if there is no such profile
     * @throws IOException if its file cannot be read
     */
    public static FieldProfile builtIn(String id) throws IOException {
        try (InputStream in = FieldProfile.class.getResourceAsStream(id + ".properties")) { //$NON-NLS-1$
            if (in == null || !BUILT_IN.contains(id)) {
                throw new IllegalArgumentException("no field profile " + id); //$NON-NLS-1$
            }
            return read(id, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * @param indexPattern the pattern a source searches, e.g. {@code wazuh-alerts-4.x-*}
     * @return the built-in profile whose pattern covers it, if any
     * @throws IOException if a profile cannot be read
     */
    public static Optional<FieldProfile> forIndexPattern(String indexPattern) throws IOException {
        for (String id : BUILT_IN) {
            FieldProfile profile = builtIn(id);
            if (profile.covers(indexPattern)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    /**
     * @param id the profile's id
     * @param properties its file
     * @return the profile
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException naming the key that is missing
     */
    public static FieldProfile read(String id, Reader properties) throws IOException {
        Properties values = new Properties();
        values.load(properties);
        return new FieldProfile(id, required(values, "name"), required(values, "pattern"), //$NON-NLS-1$ //$NON-NLS-2$
                required(values, "timestamp"), list(values, "columns"), list(values, "top"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                values.getProperty("severity", "").strip()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return what the workbench and the command line show first of this profile's indices */
    public SourceProfile sourceProfile() {
        return new SourceProfile(columns, topFields, severityField);
    }

    /**
     * @param pattern an index pattern or index name
     * @return whether every index it names is one of this profile's ({@code wazuh-alerts-4.x-*}
     *         and {@code wazuh-alerts-4.x-2026.11.19} are covered by {@code wazuh-alerts-*})
     */
    public boolean covers(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : indexPattern.split("\\*", -1)) { //$NON-NLS-1$
            regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(part)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Arrays.stream(pattern.split(",")).map(String::strip) //$NON-NLS-1$
                .allMatch(name -> !name.isEmpty() && name.matches(regex.toString()));
    }

    private static String required(Properties values, String key) {
        String value = values.getProperty(key, "").strip(); //$NON-NLS-1$
        if (value.isEmpty()) {
            throw new IllegalArgumentException("field profile: " + key + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    private static List<String> list(Properties values, String key) {
        List<String> fields = new ArrayList<>();
        for (String field : required(values, key).split(",")) { //$NON-NLS-1$
            if (!field.isBlank()) {
                fields.add(field.strip());
            }
        }
        return fields;
    }
}
