package org.vigil.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens log files for any importer: plain or gzip-compressed, recognised by the gzip magic bytes
 * rather than by the file name, since rotated logs are often renamed.
 *
 * <p>Text is decoded as UTF-8. A malformed byte sequence (a Latin-1 {@code é} in a UTF-8 file,
 * say) is <em>replaced</em> by U+FFFD rather than rejecting its line: the rest of the line still
 * holds timestamps, addresses and ports an analyst needs, and a file of mixed encodings is read
 * to its end. A gzip file that ends in the middle of its compressed data is read up to there, and
 * {@link LogInput#isTruncated()} says so.
 */
public final class LogReader {

    private static final int BUFFER = 1 << 16;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private LogReader() {
    }

    /**
     * @param file a log file, plain or gzip-compressed
     * @return the opened input, named by {@code file} as given; the caller closes it
     * @throws IOException when the file cannot be opened or its start cannot be read
     */
    public static LogInput open(Path file) throws IOException {
        return open(file.toString(), Files.newInputStream(file));
    }

    /**
     * @param name the file as the user named it, for rejections
     * @param in the raw bytes, plain or gzip-compressed; closed with the returned input
     * @return the opened input; the caller closes it
     * @throws IOException when the start of the content cannot be read
     */
    public static LogInput open(String name, InputStream in) throws IOException {
        try {
            TruncationTolerantStream decompressed = new TruncationTolerantStream(decompressed(in));
            InputStream content = new BufferedInputStream(decompressed, BUFFER);
            return new LogInput(name, identity(content), content, decompressed::isTruncated);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static InputStream decompressed(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        boolean gzip = buffered.read() == GZIP_MAGIC_1 && buffered.read() == GZIP_MAGIC_2;
        buffered.reset();
        return gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
    }

    private static String identity(InputStream content) throws IOException {
        content.mark(EventIds.IDENTITY_BYTES);
        byte[] head = content.readNBytes(EventIds.IDENTITY_BYTES);
        content.reset();
        return EventIds.fileIdentity(head);
    }

    /**
     * Ends the content where gzip data ends early. Letting the {@link EOFException} through would
     * lose the text already decompressed but still buffered in the decoder, often every line.
     */
    private static final class TruncationTolerantStream extends FilterInputStream {

        private volatile boolean truncated;

        TruncationTolerantStream(InputStream in) {
            super(in);
        }

        boolean isTruncated() {
            return truncated;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (EOFException e) {
                truncated = true;
                return -1;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (EOFException e) {
                truncated = true;
                return -1;
            }
        }
    }

    /** @return a decoder that replaces malformed input, as every reader of log text does */
    static CharsetDecoder lenientUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
}
