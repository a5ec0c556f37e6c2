package org.vigil.dashboards;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.vigil.core.model.TimeRange;

/**
 * A period report written by itself: a dashboard, how often, in which language and format, into
 * which folder, and how its last run went. Added in package version 0.1.1.
 *
 * @param id unique among the schedules: letters, digits and hyphens
 * @param dashboard the dashboard's id
 * @param frequency which periods it reports
 * @param language {@code vi} or {@code en}
 * @param format {@code pdf}, {@code html}, {@code png} or {@code json}
 * @param folder where the reports are written, one file per period
 * @param last how the last run went; {@code null} before the first
 */
public record ReportSchedule(String id, String dashboard, ReportFrequency frequency, String language, String format,
        Path folder, LastRun last) {

    /** The formats a schedule writes. */
    public static final Set<String> FORMATS = Set.of("pdf", "html", "png", "json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Requires every part but the last run, and a known language and format. */
    public ReportSchedule {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(dashboard, "dashboard"); //$NON-NLS-1$
        Objects.requireNonNull(frequency, "frequency"); //$NON-NLS-1$
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]*")) { //$NON-NLS-1$
            throw new IllegalArgumentException("id " + id); //$NON-NLS-1$
        }
        if (!"vi".equals(language) && !"en".equals(language)) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException("language " + language); //$NON-NLS-1$
        }
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("format " + format); //$NON-NLS-1$
        }
    }

    /**
     * @param run how a run went
     * @return this schedule with that as its last run
     */
    public ReportSchedule ran(LastRun run) {
        return new ReportSchedule(id, dashboard, frequency, language, format, folder, run);
    }

    /**
     * @param now the moment asked about
     * @param zone the zone of its periods
     * @return whether its last complete period still needs a report: never written, or failed
     */
    public boolean isDue(Instant now, java.time.ZoneId zone) {
        return last == null || !last.succeeded() || !last.period().equals(frequency.lastComplete(now, zone));
    }

    /**
     * @param at when it ran
     * @param period the period it reported
     * @param file the file it wrote, or {@code null} when it failed
     * @param error why it failed, or {@code null}
     */
    public record LastRun(Instant at, TimeRange period, Path file, String error) {

        /** Requires when and what; a run has a file or an error. */
        public LastRun {
            Objects.requireNonNull(at, "at"); //$NON-NLS-1$
            Objects.requireNonNull(period, "period"); //$NON-NLS-1$
            if ((file == null) == (error == null)) {
                throw new IllegalArgumentException("a run has a file or an error: " + file + ", " + error); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        /** @return whether it wrote its report */
        public boolean succeeded() {
            return error == null;
        }
    }
}
