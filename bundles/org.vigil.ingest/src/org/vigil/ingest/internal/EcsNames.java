package org.vigil.ingest.internal;

import java.util.Locale;
import java.util.Map;

/** Copies a format's native fields to their ECS names, for the formats that map to ECS. */
final class EcsNames {

    private EcsNames() {
    }

    /**
     * @param from the native fields
     * @param renames pairs of {native name, ECS name}
     * @param to receives the values present under their ECS names
     */
    static void copy(Map<String, Object> from, String[][] renames, Map<String, Object> to) {
        for (String[] rename : renames) {
            Object value = from.get(rename[0]);
            if (value != null) {
                to.put(rename[1], value);
            }
        }
    }

    /**
     * ECS keeps {@code network.transport} lower-case ({@code tcp}), while Suricata writes
     * {@code TCP}.
     *
     * @param from the native fields
     * @param name the native name of the transport protocol
     * @param to receives {@code network.transport}
     */
    static void copyTransport(Map<String, Object> from, String name, Map<String, Object> to) {
        if (from.get(name) instanceof String transport) {
            to.put("network.transport", transport.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @param to receives the values
     * @param prefix the namespace, such as {@code suricata.eve.}
     * @param originals the native fields, kept so no information is lost in mapping
     */
    static void keepOriginals(Map<String, Object> to, String prefix, Map<String, Object> originals) {
        originals.forEach((name, value) -> to.put(prefix + name, value));
    }
}
