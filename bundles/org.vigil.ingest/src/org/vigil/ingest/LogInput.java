package org.vigil.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A log file opened for parsing: its name for rejection reports, its content identity for
 * {@link EventIds}, and its content, which a format reads either as decoded text
 * ({@link #reader()}) or, when it parses UTF-8 itself, as lines of bytes ({@link #utf8Lines()});
 * one or the other, not both. Obtain one from {@link LogReader} or, for text already in memory,
 * from {@link #ofText}.
 */
public final class LogInput implements Closeable {

    /** How many characters {@link #peekLines} may read ahead in text given as a reader. */
    private static final int PEEK_LIMIT = 1 << 20;
    /** How many bytes {@link #peekLines} may read ahead in content given as bytes. */
    private static final int PEEK_BYTES = 4 << 20;
    private static final int BUFFER = 1 << 16;

    private final String file;
    private final String identity;
    /** The undecoded content, supporting mark; {@code null} for text given as a reader. */
    private final InputStream content;
    private final BooleanSupplier truncated;
    private volatile LineCountingReader text;
    private volatile Utf8Lines lines;

    /**
     * @param file the file as the user named it, for rejections
     * @param identity the file's {@link EventIds#fileIdentity}
     * @param reader the decoded text, positioned at the start of the file
     */
    public LogInput(String file, String identity, BufferedReader reader) {
        this(file, identity, null, () -> false);
        this.text = new LineCountingReader(Objects.requireNonNull(reader, "reader")); //$NON-NLS-1$
    }

    /**
     * @param content UTF-8 bytes positioned at the start of the file, supporting mark and reset;
     *            {@code null} when the caller sets {@link #text}
     */
    LogInput(String file, String identity, InputStream content, BooleanSupplier truncated) {
        this.file = Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        this.identity = Objects.requireNonNull(identity, "identity"); //$NON-NLS-1$
        this.content = content;
        this.truncated = truncated;
    }

    /**
     * @param file a name for rejections
     * @param text the whole content; its identity is that of its UTF-8 bytes, as if it had been
     *            read from a file by {@link LogReader}
     * @return an input over the text
     */
    public static LogInput ofText(String file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new LogInput(file, EventIds.fileIdentity(bytes), new ByteArrayInputStream(bytes), () -> false);
    }

    /** @return the file as the user named it */
    public String file() {
        return file;
    }

    /** @return the file's content identity, see {@link EventIds} */
    public String identity() {
        return identity;
    }

    /**
     * @return the decoded text (malformed UTF-8 replaced by U+FFFD); formats read it line by line
     * @throws IllegalStateException if the content is already read as {@link #utf8Lines()}
     */
    public BufferedReader reader() {
        if (text == null) {
            if (lines != null) {
                throw new IllegalStateException(file + " is read as bytes"); //$NON-NLS-1$
            }
            text = new LineCountingReader(
                    new BufferedReader(new InputStreamReader(content, LogReader.lenientUtf8()), BUFFER));
        }
        return text;
    }

    /**
     * The content as lines of bytes, for a format that parses UTF-8 itself: decoding every line to
     * text first was a third of what parsing NDJSON cost. Added in package version 0.1.5.
     *
     * @return the lines, or empty when the content is only available as text (given as a reader,
     *         or already read through {@link #reader()})
     */
    public Optional<Utf8Lines> utf8Lines() {
        if (lines == null && text == null && content != null) {
            lines = new Utf8Lines(content);
        }
        return Optional.ofNullable(lines);
    }

    /**
     * Lines read by the format so far, for progress and the import report; lines read by
     * {@link #peekLines} are not counted. Added in package version 0.1.5.
     *
     * @return the lines read
     */
    public long linesRead() {
        return (text == null ? 0 : text.linesRead()) + (lines == null ? 0 : lines.lineNumber());
    }

    /**
     * A gzip file still being written, or copied half-way, ends in the middle of its compressed
     * data; {@link LogReader} then ends the text there rather than failing, so that the lines
     * before are imported, and formats report the truncation through this flag.
     *
     * @return whether the text ended early because the compressed data did; known once the
     *         reader has returned the end of the text
     */
    public boolean isTruncated() {
        return truncated.getAsBoolean();
    }

    /**
     * Reads the first lines without consuming them, for format detection, before the format reads
     * the content. A first line longer than the look-ahead (4 MiB) is given as far as it was read.
     *
     * @param max how many lines at most
     * @return the lines, fewer when the file is shorter
     * @throws IOException when the file cannot be read, or, for text given as a reader, its first
     *             lines are longer than a MiB in total
     */
    public List<String> peekLines(int max) throws IOException {
        if (text != null) {
            return peekLines(text, max);
        }
        if (lines != null) {
            throw new IllegalStateException(file + " is being read"); //$NON-NLS-1$
        }
        content.mark(PEEK_BYTES);
        byte[] head = content.readNBytes(PEEK_BYTES);
        content.reset();
        return readLines(new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(head), LogReader.lenientUtf8())), max);
    }

    private static List<String> peekLines(BufferedReader reader, int max) throws IOException {
        reader.mark(PEEK_LIMIT);
        List<String> lines = readLines(reader, max);
        reader.reset();
        return lines;
    }

    private static List<String> readLines(BufferedReader reader, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while (lines.size() < max && (line = reader.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        if (text != null) {
            text.close();
        } else {
            content.close();
        }
    }
}
