package org.vigil.cases;

/** Where a case is in its life; {@link Workflow} says which moves are allowed. */
public enum Status {
    /** Just opened, nobody has looked yet. */
    NEW,
    /** Someone is deciding whether it is real and how bad. */
    TRIAGE,
    /** Being worked on. */
    IN_PROGRESS,
    /** The harm is stopped from spreading. */
    CONTAINED,
    /** The cause is removed. */
    RESOLVED,
    /** Done, with a resolution and a summary. */
    CLOSED
}
