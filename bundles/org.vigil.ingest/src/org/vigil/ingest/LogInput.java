package org.vigil.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A log file opened for parsing: its name for rejection reports, its content identity for
 * {@link EventIds}, and its decoded text. Obtain one from {@link LogReader} or, for text already
 * in memory, from {@link #ofText}.
 */
public final class LogInput implements Closeable {

    /** How many characters {@link #peekLines} may read ahead. */
    private static final int PEEK_LIMIT = 1 << 20;

    private final String file;
    private final String identity;
    private final BufferedReader reader;
    private final BooleanSupplier truncated;

    /**
     * @param file the file as the user named it, for rejections
     * @param identity the file's {@link EventIds#fileIdentity}
     * @param reader the decoded text, positioned at the start of the file
     */
    public LogInput(String file, String identity, BufferedReader reader) {
        this(file, identity, reader, () -> false);
    }

    LogInput(String file, String identity, BufferedReader reader, BooleanSupplier truncated) {
        this.file = Objects.requireNonNull(file, "file");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.truncated = truncated;
    }

    /**
     * @param file a name for rejections
     * @param text the whole content; its identity is that of its UTF-8 bytes, as if it had been
     *            read from a file by {@link LogReader}
     * @return an input over the text
     */
    public static LogInput ofText(String file, String text) {
        String identity = EventIds.fileIdentity(text.getBytes(StandardCharsets.UTF_8));
        return new LogInput(file, identity, new BufferedReader(new StringReader(text)));
    }

    /** @return the file as the user named it */
    public String file() {
        return file;
    }

    /** @return the file's content identity, see {@link EventIds} */
    public String identity() {
        return identity;
    }

    /** @return the decoded text; formats read it line by line */
    public BufferedReader reader() {
        return reader;
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
     * Reads the first lines without consuming them, for format detection.
     *
     * @param max how many lines at most
     * @return the lines, fewer when the file is shorter
     * @throws IOException when the file cannot be read, or its first lines are longer than a
     *             MiB in total
     */
    public List<String> peekLines(int max) throws IOException {
        reader.mark(PEEK_LIMIT);
        List<String> lines = new ArrayList<>();
        String line;
        while (lines.size() < max && (line = reader.readLine()) != null) {
            lines.add(line);
        }
        reader.reset();
        return lines;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
