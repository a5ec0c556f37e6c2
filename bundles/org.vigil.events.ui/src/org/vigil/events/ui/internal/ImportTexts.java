package org.vigil.events.ui.internal;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldType;
import org.vigil.ingest.Conflict;
import org.vigil.ingest.FileReport;
import org.vigil.ingest.ImportProgress;
import org.vigil.ingest.ImportReport;

/** What the import dialog says while an import runs and once it is over, in the operator's language. */
final class ImportTexts {

    private ImportTexts() {
    }

    /**
     * @param progress the figures so far
     * @param elapsed the time since the import started
     * @return e.g. "File 2 of 3 · 120,000 lines read · 119,998 events written · 40,000 events/s · 2 lines rejected"
     */
    static String progress(ImportProgress progress, Duration elapsed) {
        int current = Math.min(progress.filesDone() + 1, progress.files());
        return NLS.bind(Messages.Import_progress, new Object[] { current, progress.files(),
                count(progress.linesRead()), count(progress.eventsImported()),
                count(rate(progress.eventsImported(), elapsed)), count(progress.rejected()) });
    }

    /**
     * @param file a finished, failed or cancelled file
     * @return one line saying what became of it
     */
    static String file(FileReport file) {
        String format = file.formatId().orElse("-"); //$NON-NLS-1$
        return switch (file.outcome()) {
            case IMPORTED -> NLS.bind(Messages.Import_fileImported, new Object[] { file.file(), format,
                    count(file.linesRead()), count(file.eventsImported()), count(file.rejections().size()) });
            case CANCELLED -> NLS.bind(Messages.Import_fileCancelled, new Object[] { file.file(), format,
                    count(file.linesRead()), count(file.eventsImported()) });
            case FAILED -> NLS.bind(Messages.Import_fileFailed, new Object[] { file.file(), file.reason().orElse(""), //$NON-NLS-1$
                    count(file.eventsImported()) });
        };
    }

    /**
     * @param conflict a field whose values did not all fit its type
     * @return e.g. "Keywords: long; keyword values kept in vigil.conflict.Keywords: 1"
     */
    static String conflict(Conflict conflict) {
        return NLS.bind(Messages.Import_conflict, new Object[] { conflict.field(), typeName(conflict.storedAs()),
                count(conflict.count()), typeName(conflict.shadowedAs()), conflict.shadowField() });
    }

    /** Types by the names the query language and the mappings use: long, keyword. */
    private static String typeName(FieldType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param report the import's outcome
     * @param requested how many files were chosen
     * @param elapsed how long it took
     * @param target the name of the store written into
     * @return the headline of the report
     */
    static String total(ImportReport report, int requested, Duration elapsed, String target) {
        long imported = report.files().stream().filter(FileReport::imported).count();
        return NLS.bind(Messages.Import_total, new Object[] { count(report.eventsImported()), imported, requested,
                target, seconds(elapsed), count(report.rejections().size()) });
    }

    /**
     * @param report the import's outcome
     * @return what the window's title area says of it: all imported, cancelled, or not all imported
     */
    static String headline(ImportReport report) {
        if (report.cancelled()) {
            return Messages.Import_cancelledKept;
        }
        return report.complete() ? Messages.Import_complete : Messages.Import_incomplete;
    }

    static long rate(long events, Duration elapsed) {
        return events * 1000 / Math.max(1, elapsed.toMillis());
    }

    private static String seconds(Duration elapsed) {
        return String.format("%.1f", elapsed.toMillis() / 1000.0); //$NON-NLS-1$
    }

    private static String count(long value) {
        return NumberFormat.getIntegerInstance().format(value);
    }
}
