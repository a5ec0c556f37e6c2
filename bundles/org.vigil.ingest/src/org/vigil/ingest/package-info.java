/**
 * Log-format parsers that turn log files into {@link org.vigil.core.model.Event}s.
 *
 * <p>A {@link org.vigil.ingest.LogFormat} is an OSGi service, so a plug-in adds a format by
 * publishing one. {@link org.vigil.ingest.LogReader} opens a file (plain or gzip, UTF-8) as a
 * {@link org.vigil.ingest.LogInput}; {@link org.vigil.ingest.FormatDetector} picks the format
 * from its first lines; the format streams events and
 * {@link org.vigil.ingest.Rejection}s to an {@link org.vigil.ingest.EventSink}. Event ids come
 * from {@link org.vigil.ingest.EventIds}, so re-importing a file yields the same ids, and
 * {@link org.vigil.ingest.FieldTypeDetector} decides each field's
 * {@link org.vigil.core.model.FieldType} from the values seen.
 *
 * <p>{@link org.vigil.ingest.FileImporter} puts it together: it imports the files of an
 * {@link org.vigil.ingest.ImportRequest} into any {@link org.vigil.events.ImportTarget} in
 * batches, tells an {@link org.vigil.ingest.ImportListener} how far it got, and returns an
 * {@link org.vigil.ingest.ImportReport} with a {@link org.vigil.ingest.FileReport} per file.
 * Package version 0.1.1 adds the importer, 0.1.2 {@code FileImporter.enrichedWith}, 0.1.3
 * {@code EventSink.accept(Event, long)}, so that the events a target refuses are reported against
 * their lines, 0.1.4 {@link org.vigil.ingest.Conflict} in the reports, the values a target kept
 * in shadow fields because they did not fit their field's type, and {@code EventIds.ofFile}, the
 * ids of one file's events at less cost, 0.1.5 {@link org.vigil.ingest.Utf8Lines}, a file's lines as
 * bytes for formats that parse UTF-8 themselves, with {@code EventIds.id} of such bytes and
 * {@code LogInput.linesRead}.
 */
package org.vigil.ingest;
