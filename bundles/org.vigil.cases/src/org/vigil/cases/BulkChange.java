package org.vigil.cases;

/**
 * One change made to many cases at once; a {@code null} part is left as it is.
 *
 * @param status the status to move every case to, or {@code null}
 * @param resolution the resolution to set with it (closing needs one), or {@code null}
 * @param summary the summary to set with it (closing needs one), or {@code null}
 * @param assignee the assignee to set, or {@code null}
 */
public record BulkChange(Status status, Resolution resolution, String summary, String assignee) {

    /**
     * @param status the status to move to
     * @return a change of status only
     */
    public static BulkChange status(Status status) {
        return new BulkChange(status, null, null, null);
    }

    /**
     * @param assignee the new assignee
     * @return a change of assignee only
     */
    public static BulkChange assignee(String assignee) {
        return new BulkChange(null, null, null, assignee);
    }
}
