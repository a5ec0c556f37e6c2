package org.vigil.events;

import java.util.Objects;

/**
 * A source as the registry sees it: the service and where it came from.
 *
 * @param source the source itself
 * @param bundle the symbolic name of the bundle that publishes it
 * @param ranking the service ranking it was published with (higher is preferred)
 */
public record RegisteredSource(EventSource source, String bundle, int ranking) {

    /** Rejects a registration without a source or publishing bundle. */
    public RegisteredSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bundle, "bundle");
    }

    /** @return the source's descriptor, a shortcut for {@code source().descriptor()} */
    public SourceDescriptor descriptor() {
        return source.descriptor();
    }
}
