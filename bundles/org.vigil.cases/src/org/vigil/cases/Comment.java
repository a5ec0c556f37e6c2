package org.vigil.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A note on a case. Comments are only ever added: none is edited or removed.
 *
 * @param id unique in the store
 * @param caseNumber the case it was written on (a merged case keeps its own number here)
 * @param author who wrote it
 * @param at when
 * @param text the text, Markdown
 */
public record Comment(String id, String caseNumber, String author, Instant at, String text) {

    /** Requires every part. */
    public Comment {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(caseNumber, "caseNumber"); //$NON-NLS-1$
        Objects.requireNonNull(author, "author"); //$NON-NLS-1$
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
    }
}
