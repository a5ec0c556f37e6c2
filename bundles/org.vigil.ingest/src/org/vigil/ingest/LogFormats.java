package org.vigil.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The log formats currently published, as an OSGi service, so that importers need not track
 * format services themselves.
 */
public interface LogFormats {

    /** @return every published format, sorted by id */
    List<LogFormat> formats();

    /**
     * @param id a format id, as chosen by the user or remembered in preferences
     * @return the format, or empty when no bundle publishes it (any more)
     */
    Optional<LogFormat> find(String id);

    /**
     * @param input an opened file; its position is left unchanged
     * @return the most likely format by {@link FormatDetector}, or empty when none is likely
     * @throws IOException when the first lines cannot be read
     */
    Optional<LogFormat> detect(LogInput input) throws IOException;
}
