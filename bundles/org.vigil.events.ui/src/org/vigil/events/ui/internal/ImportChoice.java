package org.vigil.events.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.vigil.events.ImportTarget;
import org.vigil.events.RegisteredSource;
import org.vigil.ingest.ImportRequest;

/**
 * What the operator chose in the import dialog.
 *
 * @param files the files, in the order they are imported
 * @param formatId the format of every file, or empty to detect each file's
 * @param zone the zone of times written without one
 * @param target the source the events go into; its source is an {@link ImportTarget}
 */
record ImportChoice(List<Path> files, Optional<String> formatId, ZoneId zone, RegisteredSource target) {

    /** Copies the files and requires a target that accepts events. */
    ImportChoice {
        files = List.copyOf(files);
        if (!(target.source() instanceof ImportTarget)) {
            throw new IllegalArgumentException(target.descriptor().id() + " is read-only"); //$NON-NLS-1$
        }
    }

    /** @return the store to write into */
    ImportTarget importTarget() {
        return (ImportTarget) target.source();
    }

    /** @return the request for the importer, in the default batch size */
    ImportRequest request() {
        return new ImportRequest(files, formatId, zone, ImportRequest.DEFAULT_BATCH_SIZE);
    }

    /** A folder's visible regular files, by name: the logs a device rotated into it. */
    static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().startsWith(".")) //$NON-NLS-1$
                    .sorted().toList();
        }
    }
}
