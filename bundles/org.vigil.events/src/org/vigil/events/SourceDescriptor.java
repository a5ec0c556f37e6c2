package org.vigil.events;

import java.util.Objects;

/**
 * How a data source presents itself to the operator.
 *
 * @param id stable identifier, unique among the running sources, used in settings and on the
 *            command line (for example {@code embedded})
 * @param displayName the name shown in the UI, in the current locale
 * @param kind the engine behind the source (for example {@code lucene}, {@code elasticsearch})
 * @param location where the data lives: a directory, a URL; shown, never parsed
 */
public record SourceDescriptor(String id, String displayName, String kind, String location) {

    /** Rejects missing parts: every source must be identifiable and nameable. */
    public SourceDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A source id must not be blank");
        }
    }
}
