package org.vigil.events.ui.internal;

import java.util.Comparator;
import java.util.List;

import org.vigil.events.ImportTarget;
import org.vigil.events.RegisteredSource;

/**
 * The stores an operator can import into: the sources that accept events, the embedded store first
 * because it is where a workstation keeps its own data. Read-only sources are not offered at all,
 * rather than failing after the files were chosen.
 */
final class ImportTargets {

    /** The id of the workspace's embedded store, the default target as for {@code vigil-cli import}. */
    static final String EMBEDDED = "embedded"; //$NON-NLS-1$

    private ImportTargets() {
    }

    /**
     * @param sources the sources present, in the registry's order
     * @return those that are {@link ImportTarget}s, the embedded store first, the others in the
     *         registry's order
     */
    static List<RegisteredSource> of(List<RegisteredSource> sources) {
        return sources.stream().filter(source -> source.source() instanceof ImportTarget)
                .sorted(Comparator.comparing(source -> !EMBEDDED.equals(source.descriptor().id()))).toList();
    }
}
