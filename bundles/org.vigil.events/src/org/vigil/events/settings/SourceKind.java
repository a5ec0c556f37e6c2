package org.vigil.events.settings;

import java.util.List;
import java.util.Optional;

/**
 * A kind of source that can be configured (Elasticsearch, OpenSearch, a plugin's), with its
 * declared settings, localised.
 *
 * @param kind the kind, as in {@code source.<id>.kind}; the declaration's factory PID is
 *            {@code org.vigil.source.<kind>}
 * @param name the kind's name, as shown when the operator chooses what to add
 * @param description what it is; may be empty
 * @param settings the settings: the required ones, then the optional ones, each in the declared
 *            order (the order Metatype gives them)
 */
public record SourceKind(String kind, String name, String description, List<Setting> settings) {

    /** The factory PID of a kind is this prefix followed by the kind. */
    public static final String PID_PREFIX = "org.vigil.source."; //$NON-NLS-1$

    /** Copies the settings. */
    public SourceKind {
        settings = List.copyOf(settings);
    }

    /**
     * @param id an attribute id
     * @return the setting of that id, if declared
     */
    public Optional<Setting> setting(String id) {
        return settings.stream().filter(setting -> setting.id().equals(id)).findFirst();
    }
}
