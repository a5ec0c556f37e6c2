package org.vigil.events;

import java.util.List;
import java.util.Optional;

/**
 * The live set of {@link EventSource} services. A bundle that starts later and publishes a
 * source adds it here without a restart; stopping the bundle removes it.
 */
public interface SourceRegistry {

    /** @return the sources present now, highest ranking first, then by id */
    List<RegisteredSource> sources();

    /**
     * @param id a source id
     * @return the source with that id, if one is present
     */
    Optional<RegisteredSource> find(String id);

    /** @return the preferred source: the highest ranking one, if any is present */
    default Optional<RegisteredSource> defaultSource() {
        return sources().stream().findFirst();
    }

    /**
     * Registers a listener; it is not told about sources already present.
     *
     * @param listener the listener
     */
    void addListener(SourceListener listener);

    /** @param listener a listener added before; unknown listeners are ignored */
    void removeListener(SourceListener listener);
}
