package org.vigil.events;

import java.util.Iterator;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;

/**
 * A store that events can be imported into, such as the embedded store. Importers only know this
 * interface, so the same importer fills any store that implements it.
 *
 * <p>Implementations replace a stored event that has the id of an added one: importing the same
 * file twice, whose events have deterministic ids, adds nothing the second time.
 */
public interface ImportTarget {

    /** @return the id of the store, as its {@link SourceDescriptor} names it */
    String id();

    /**
     * Adds events and makes them durable and searchable before returning; an event with the id
     * of a stored one replaces it. May block on I/O: never call it on the UI thread.
     *
     * @param events the events to add
     * @param cancellation checked as the events are written; what was written stays
     * @return how many events were written
     * @throws SourceException if cancelled (kind {@link SourceException.Kind#CANCELLED}) or the
     *             store cannot be written
     */
    long add(Iterator<Event> events, Cancellation cancellation) throws SourceException;

    /**
     * Starts an import of many batches, such as one large file. Making events durable and
     * searchable (a commit, a refresh) can cost more than writing a batch of them, so a target
     * may do it only from time to time during a session and once more when it is closed.
     * Added in package version 0.2.2.
     *
     * @return the session; the default one adds each batch with {@link #add}, so every batch is
     *         durable when it returns
     * @throws SourceException if the store cannot be written
     */
    default Session session() throws SourceException {
        return new Session() {
            @Override
            public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
                return ImportTarget.this.add(events, cancellation);
            }

            @Override
            public void close() {
                // Every batch was made durable by add.
            }
        };
    }

    /**
     * Batches of one import, written by one thread at a time. Closing the session makes every
     * event it wrote durable and searchable, also after a failed or cancelled {@link #add}: what
     * was written stays.
     */
    interface Session extends AutoCloseable {

        /**
         * Writes events; they are durable and searchable when the session is closed at the latest.
         *
         * @param events the events to add; an event with the id of a stored one replaces it
         * @param cancellation checked as the events are written
         * @return how many events were written
         * @throws SourceException if cancelled (kind {@link SourceException.Kind#CANCELLED}) or the
         *             store cannot be written
         */
        long add(Iterator<Event> events, Cancellation cancellation) throws SourceException;

        /**
         * Writes events like {@link #add(Iterator, Cancellation)}, telling of each event the store
         * refused on its own while it took the others, such as a value its mapping does not take.
         * A refused event is neither written nor counted. A store that writes over the network may
         * still be writing some events when this returns, so that its next requests go while the
         * caller prepares the next batch: those are counted, and their refusals told, by a later
         * call of this method or by {@link #finish}, always on the calling thread. Added in
         * package version 0.2.4.
         *
         * @param events the events to add
         * @param cancellation checked as the events are written
         * @param refusals told of every refused event of this call
         * @return how many events were written, of this call or of earlier ones not counted yet
         * @throws SourceException if cancelled or the store cannot be written at all
         */
        default long add(Iterator<Event> events, Cancellation cancellation, Refusals refusals)
                throws SourceException {
            // A store that refuses nothing one by one: every event is written or the call fails.
            return add(events, cancellation);
        }

        /**
         * Waits for every event given to {@link #add(Iterator, Cancellation, Refusals)} to be
         * written or refused. Added in package version 0.2.4.
         *
         * @param cancellation lets the caller give up the wait; what was written stays
         * @return how many events were written that no call counted yet
         * @throws SourceException if cancelled or the store cannot be written
         */
        default long finish(Cancellation cancellation) throws SourceException {
            // Every add counted its own events before it returned.
            return 0;
        }

        /**
         * Tells the values of the session that did not fit their field's type and went to the
         * field's shadow ({@link org.vigil.core.model.FieldConflicts}), so far: one call per field
         * and pair of types, with how many values. Call it after {@link #finish}, on the calling
         * thread. Added in package version 0.2.5.
         *
         * @param conflicts told of each field whose values went to its shadow
         */
        default void conflicts(Conflicts conflicts) {
            // A store that shadows nothing has nothing to tell.
        }

        /**
         * Makes what the session wrote durable and searchable.
         *
         * @throws SourceException if the store cannot be written
         */
        @Override
        void close() throws SourceException;
    }

    /**
     * Hears of the events a store refused one at a time, so that an importer can list each with
     * the file and line it came from. Added in package version 0.2.4.
     */
    @FunctionalInterface
    interface Refusals {

        /**
         * @param event the refused event, one of those passed to the call
         * @param reason why, as the store said it, for the operator
         */
        void refused(Event event, String reason);
    }

    /**
     * Hears of the fields whose values did not all fit the field's type, and how the store kept
     * them: the fitting values typed under the field's name, the others as text in its shadow
     * field. Added in package version 0.2.5.
     */
    @FunctionalInterface
    interface Conflicts {

        /**
         * @param field the field's name
         * @param storedAs the type of the field in the store
         * @param shadowedAs the type the shadowed values had ({@link org.vigil.core.model.FieldConflicts#typeOfValue})
         * @param count how many values went to {@link org.vigil.core.model.FieldConflicts#shadowOf the field's shadow}
         */
        void conflict(String field, FieldType storedAs, FieldType shadowedAs, long count);
    }
}
