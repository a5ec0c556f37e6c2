package org.vigil.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one file of an import.
 *
 * @param file the file as the user named it
 * @param outcome whether the file was read to its end
 * @param formatId the id of the format it was read with, or empty when none was found
 * @param reason why the file was not imported, in the user's language; empty unless
 *            {@link Outcome#FAILED}
 * @param linesRead the lines of the file that were read
 * @param eventsImported the events written to the target; they stay even if the file failed or
 *            the run was cancelled after them
 * @param rejections every record that could not become an event, in file order
 * @param conflicts the fields whose values did not all fit their type and how the store kept
 *            them, as the store told them (added in package version 0.1.4)
 */
public record FileReport(String file, Outcome outcome, Optional<String> formatId, Optional<String> reason,
        long linesRead, long eventsImported, List<Rejection> rejections, List<Conflict> conflicts) {

    /** How far the import of a file got. */
    public enum Outcome {
        /** Read to its end; its rejections are listed. */
        IMPORTED,
        /** Not imported, or not to its end: no format, unreadable, or the target failed. */
        FAILED,
        /** The run was cancelled while this file was being read. */
        CANCELLED
    }

    /** Requires the names and copies the lists. */
    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(reason, "reason");
        rejections = List.copyOf(rejections);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * The report of a file without conflicts.
     *
     * @param file the file as the user named it
     * @param outcome whether the file was read to its end
     * @param formatId the format it was read with
     * @param reason why the file was not imported
     * @param linesRead the lines read
     * @param eventsImported the events written
     * @param rejections the records that could not become events
     */
    public FileReport(String file, Outcome outcome, Optional<String> formatId, Optional<String> reason,
            long linesRead, long eventsImported, List<Rejection> rejections) {
        this(file, outcome, formatId, reason, linesRead, eventsImported, rejections, List.of());
    }

    /**
     * @param file the file as the user named it
     * @param formatId the format, if one was chosen before the failure
     * @param reason why, in the user's language
     * @return the report of a file of which nothing was imported
     */
    public static FileReport failed(String file, Optional<String> formatId, String reason) {
        return new FileReport(file, Outcome.FAILED, formatId, Optional.of(reason), 0, 0, List.of());
    }

    /** @return whether the file was read to its end, whatever it rejected */
    public boolean imported() {
        return outcome == Outcome.IMPORTED;
    }
}
