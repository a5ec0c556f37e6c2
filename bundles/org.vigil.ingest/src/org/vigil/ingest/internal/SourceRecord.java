package org.vigil.ingest.internal;

/**
 * One record of a file as read, before parsing.
 *
 * @param lineNumber the 1-based number of its first line
 * @param text its text; the lines of a multi-line record joined by {@code \n}
 */
record SourceRecord(long lineNumber, String text) {
}
