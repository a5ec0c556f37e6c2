package org.vigil.events.ui.internal;

import org.vigil.events.EventEnricher;
import org.vigil.events.ImportTarget;
import org.vigil.ingest.FileImporter;
import org.vigil.ingest.LogFormats;

/**
 * How the workbench imports files: with the published log formats and, when the registry is
 * there, the enricher that stores each event with its information system, as the command line does.
 *
 * @param formats the published log formats
 * @param enricher the enricher service, or null without one
 */
record Importers(LogFormats formats, EventEnricher enricher) {

    /**
     * @param target the store chosen
     * @return the importer into it; every import of the workbench is made here
     */
    FileImporter into(ImportTarget target) {
        FileImporter importer = new FileImporter(formats, target);
        return enricher == null ? importer : importer.enrichedWith(enricher);
    }
}
