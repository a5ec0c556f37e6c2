package org.vigil.ingest;

/**
 * How far a {@link FileImporter} run has got, over all its files.
 *
 * @param filesDone how many files are finished, imported or not
 * @param files how many files the run has
 * @param linesRead the lines read so far
 * @param eventsImported the events written to the target so far
 * @param rejected the records rejected so far
 */
public record ImportProgress(int filesDone, int files, long linesRead, long eventsImported, long rejected) {
}
