package org.vigil.ingest;

import org.vigil.core.model.Event;

/** Receives what a {@link LogFormat} makes of a file, one record at a time, in file order. */
public interface EventSink {

    /** @param event an event parsed from one record of the file */
    void accept(Event event);

    /**
     * Takes an event with the number of the line it came from, so that a store that refuses it
     * later can be reported against that line. Added in package version 0.1.2.
     *
     * @param event an event parsed from one record of the file
     * @param lineNumber the 1-based number of the record's first line
     */
    default void accept(Event event, long lineNumber) {
        accept(event);
    }

    /** @param rejection why one record of the file could not become an event */
    void reject(Rejection rejection);

    /**
     * Lets a long import be cancelled between records.
     *
     * @return whether the format should stop reading
     */
    default boolean isCancelled() {
        return false;
    }
}
