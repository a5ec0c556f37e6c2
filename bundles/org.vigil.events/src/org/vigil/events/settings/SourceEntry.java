package org.vigil.events.settings;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One configured source as the file holds it: its id, kind and values. Secrets are never part of
 * it (see {@link SourceSettingsStore#secret(String, String)}).
 *
 * @param id the source id: letters, digits, {@code -} and {@code _}
 * @param kind its kind ({@code elasticsearch} when the file names none)
 * @param values the values by attribute id, as written in the file (blank ones left out)
 */
public record SourceEntry(String id, String kind, Map<String, String> values) {

    /** Copies the values, sorted by attribute id. */
    public SourceEntry {
        values = Map.copyOf(new TreeMap<>(values));
    }

    /**
     * @param attribute an attribute id
     * @return its value, if the entry gives one
     */
    public Optional<String> value(String attribute) {
        return Optional.ofNullable(values.get(attribute));
    }
}
