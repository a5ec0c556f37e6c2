package org.vigil.ingest;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
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
 *
 * <p>SHA-256 stays although a non-cryptographic hash would cost less: ids are what stores replace
 * by, so another function would give every event imported before a second copy when its file is
 * imported again. An importer hashes with one {@link #ofFile} per file, which digests without
 * building the key as a string and reuses its digest: that took most of what the ids cost.
 */
public final class EventIds {

    /** How many bytes of a file's decompressed start identify it. */
    public static final int IDENTITY_BYTES = 4096;

    private static final HexFormat HEX = HexFormat.of();
    private static final int ID_BYTES = 16;
    private static final int SHA256_BYTES = 32;
    private static final int MAX_LONG_DIGITS = 20;

    private final byte[] identity;
    private final MessageDigest sha256 = sha256();
    private final byte[] digest = new byte[SHA256_BYTES];
    private final byte[] number = new byte[MAX_LONG_DIGITS + 1];

    private EventIds(String fileIdentity) {
        this.identity = (fileIdentity + '\n').getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The ids of one file's events, the same as {@link #of} gives, for one thread at a time.
     * Added in package version 0.1.4.
     *
     * @param fileIdentity the {@link #fileIdentity} of the file
     * @return the ids of its events
     */
    public static EventIds ofFile(String fileIdentity) {
        return new EventIds(fileIdentity);
    }

    /**
     * @param lineNumber the 1-based number of the record's first line
     * @param recordText the record's text as read, all of its lines for a multi-line record
     * @return the event id, as {@link #of} gives it for this file
     */
    public String id(long lineNumber, String recordText) {
        // In parts, the same bytes as the whole key: UTF-8 encodes each character on its own.
        byte[] text = recordText.getBytes(StandardCharsets.UTF_8);
        return id(lineNumber, text, 0, text.length);
    }

    /**
     * The id of a record read as bytes, without decoding it. Added in package version 0.1.5.
     *
     * @param lineNumber the 1-based number of the record's first line
     * @param utf8 an array holding the record's text as UTF-8
     * @param offset where the text starts
     * @param length how many bytes it has
     * @return the event id, as {@link #id(long, String)} gives it for the text these bytes encode
     */
    public String id(long lineNumber, byte[] utf8, int offset, int length) {
        sha256.update(identity);
        if (lineNumber >= 0) {
            int start = number.length - 1;
            number[start] = '\n';
            long rest = lineNumber;
            do {
                number[--start] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest > 0);
            sha256.update(number, start, number.length - start);
        } else {
            sha256.update((lineNumber + "\n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
        }
        sha256.update(utf8, offset, length);
        try {
            sha256.digest(digest, 0, SHA256_BYTES);
        } catch (DigestException e) {
            // The array holds a SHA-256 digest.
            throw new IllegalStateException(e);
        }
        return HEX.formatHex(digest, 0, ID_BYTES);
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
        return ofFile(fileIdentity).id(lineNumber, recordText);
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
