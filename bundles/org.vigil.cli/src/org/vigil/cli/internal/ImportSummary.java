package org.vigil.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldType;
import org.vigil.ingest.Conflict;
import org.vigil.ingest.FileReport;
import org.vigil.ingest.ImportReport;
import org.vigil.ingest.Rejection;

/**
 * Prints an {@link ImportReport} for a terminal: a line per file, the totals, then the first
 * {@value #SHOWN_REJECTIONS} rejections as {@code file:line: reason}, which editors and
 * terminals turn into links; the report keeps them all, the screen would drown in them. Last, the
 * fields whose values did not all fit their type, and where the others were kept.
 */
final class ImportSummary {

    /** How many rejections are printed. */
    static final int SHOWN_REJECTIONS = 20;

    private final PrintStream out;

    ImportSummary(PrintStream out) {
        this.out = out;
    }

    void print(ImportReport report) {
        report.files().forEach(this::printFile);
        out.println(NLS.bind(Messages.Import_total, new Object[] { report.files().size(), report.linesRead(),
                report.eventsImported(), report.rejections().size() }));
        if (report.cancelled()) {
            out.println(Messages.Import_cancelled);
        }
        if (report.cancelled() || report.files().stream().anyMatch(ImportSummary::stoppedMidway)) {
            out.println(Messages.Import_resume);
        }
        printRejections(report.rejections());
        printConflicts(report.conflicts());
    }

    private void printFile(FileReport file) {
        String format = file.formatId().orElse("-");
        if (file.outcome() == FileReport.Outcome.FAILED) {
            out.println(NLS.bind(Messages.Import_fileFailed, new Object[] { file.file(), format,
                    file.reason().orElse(""), file.eventsImported() }));
        } else {
            out.println(NLS.bind(Messages.Import_file, new Object[] { file.file(), format, file.linesRead(),
                    file.eventsImported(), file.rejections().size() }));
        }
    }

    private void printConflicts(List<Conflict> conflicts) {
        if (!conflicts.isEmpty()) {
            out.println(Messages.Import_conflicts);
        }
        conflicts.forEach(conflict -> out.println("  " + NLS.bind(Messages.Import_conflict, new Object[] { //$NON-NLS-1$
                conflict.field(), typeName(conflict.storedAs()), conflict.count(), typeName(conflict.shadowedAs()),
                conflict.shadowField() })));
    }

    /** Types by the names the query language and the mappings use: long, keyword. */
    private static String typeName(FieldType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** Whether a file failed after some of it was written, as when the cluster went away. */
    private static boolean stoppedMidway(FileReport file) {
        return file.outcome() == FileReport.Outcome.FAILED && file.eventsImported() > 0;
    }

    private void printRejections(List<Rejection> rejections) {
        rejections.stream().limit(SHOWN_REJECTIONS).forEach(
                rejection -> out.println(rejection.file() + ":" + rejection.lineNumber() + ": " + rejection.reason()));
        if (rejections.size() > SHOWN_REJECTIONS) {
            out.println(NLS.bind(Messages.Import_moreRejections, rejections.size() - SHOWN_REJECTIONS));
        }
    }
}
