package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a log file as undecoded bytes, one at a time, for formats that parse UTF-8
 * themselves. Lines end as {@link java.io.BufferedReader#readLine()} ends them: at {@code \n},
 * {@code \r} or {@code \r\n}, the terminator not included; a last line without one is a line.
 * The current line's bytes are only valid until the next call of {@link #next()}. Obtain one from
 * {@link LogInput#utf8Lines()}. Added in package version 0.1.5.
 */
public final class Utf8Lines {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    /** The end of the bytes read into the buffer. */
    private int end;
    /** Where the next line starts. */
    private int next;
    private int lineStart;
    private int lineEnd;
    private boolean endOfInput;
    private boolean ascii;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to that line. */
    private boolean afterCarriageReturn;
    private volatile long lineNumber;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /**
     * @return whether there is a next line, now the current one
     * @throws IOException when the content cannot be read
     */
    public boolean next() throws IOException {
        if (afterCarriageReturn) {
            afterCarriageReturn = false;
            if ((next < end || fill()) && buffer[next] == '\n') {
                next++;
            }
        }
        int scanned = next;
        // Any byte beyond ASCII makes this negative: most log lines are ASCII, and need no more checks.
        int beyondAscii = 0;
        while (true) {
            for (int i = scanned; i < end; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    found(i, i + 1, beyondAscii);
                    afterCarriageReturn = b == '\r';
                    return true;
                }
                beyondAscii |= b;
            }
            scanned = end - next;
            if (!fill()) {
                if (next < end) {
                    found(end, end, beyondAscii);
                    return true;
                }
                return false;
            }
            scanned += next;
        }
    }

    private void found(int terminator, int after, int beyondAscii) {
        ascii = beyondAscii >= 0;
        lineStart = next;
        lineEnd = terminator;
        next = after;
        lineNumber++;
    }

    /**
     * Moves the unread bytes to the start of the buffer, growing it when they fill it, and reads
     * more after them.
     *
     * @return whether more bytes were read
     */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int unread = end - next;
        if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, unread);
        } else if (unread == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        next = 0;
        end = unread;
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        end += read;
        return true;
    }

    /** @return the array holding the current line, from {@link #offset()} */
    public byte[] array() {
        return buffer;
    }

    /** @return where the current line starts in {@link #array()} */
    public int offset() {
        return lineStart;
    }

    /** @return how many bytes the current line has, without its terminator */
    public int length() {
        return lineEnd - lineStart;
    }

    /** @return whether the current line's bytes are all ASCII, and so its text too */
    public boolean isAscii() {
        return ascii;
    }

    /** @return the 1-based number of the current line, 0 before the first; also the lines read */
    public long lineNumber() {
        return lineNumber;
    }
}
