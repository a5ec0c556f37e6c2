package org.vigil.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Deterministic event ids, so that importing the same file twice (from any path, compressed or
 * not) yields the same ids and the store can ignore the duplicates.
 *
 * <p>An id is the first 128 bits, in lower-case hex (32 characters), of
 * {@code SHA-256(fileIdentity + "\n" + lineNumber + "\n" + recordText)} over UTF-8, where
 * {@code fileIdentity} is the SHA-256 hex of the first {@value #IDENTITY_BYTES} bytes of the
 * file's <em>decompressed</em> content. Why each part:
 * <ul>
 * <li>the content, not the path: the same file copied elsewhere, or gzipped by log rotation,
 * keeps its ids; two different files with the same name do not collide;</li>
 * <li>only the first {@value #IDENTITY_BYTES} bytes: a log that grows by appending keeps the
 * ids of its earlier lines once it is longer than that, so re-importing a growing file adds
 * only the new lines;</li>
 * <li>the line number: identical lines (repeated syslog messages, CSV rows without a unique
 * column) remain distinct events;</li>
 * <li>the record text: a file rewritten after its head gets new ids for the changed lines.</li>
 * </ul>
 * 128 bits keep accidental collisions negligible for any realistic store size.
 */
public final class EventIds {

    /** How many bytes of a file's decompressed start identify it. */
    public static final int IDENTITY_BYTES = 4096;

    private static final HexFormat HEX = HexFormat.of();
    private static final int ID_BYTES = 16;

    private EventIds() {
    }

    /**
     * @param head the first bytes of the decompressed file; only the first
     *            {@value #IDENTITY_BYTES} are used
     * @return the file identity that {@link #of} expects
     */
    public static String fileIdentity(byte[] head) {
        return HEX.formatHex(sha256(Arrays.copyOf(head, Math.min(head.length, IDENTITY_BYTES))));
    }

    /**
     * @param fileIdentity the {@link #fileIdentity} of the file
     * @param lineNumber the 1-based number of the record's first line
     * @param recordText the record's text as read, all of its lines for a multi-line record
     * @return the event id
     */
    public static String of(String fileIdentity, long lineNumber, String recordText) {
        String key = fileIdentity + '\n' + lineNumber + '\n' + recordText;
        return HEX.formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)), 0, ID_BYTES);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
