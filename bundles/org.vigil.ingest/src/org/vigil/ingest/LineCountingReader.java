package org.vigil.ingest;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Counts the lines a format reads, for the import report. Formats read line by line
 * ({@link #readLine}), so only those are counted; lines read during format detection are given
 * back by {@link #reset}, as detection itself gives the text back.
 */
final class LineCountingReader extends BufferedReader {

    private final BufferedReader in;
    private volatile long lines;
    private long linesAtMark;

    /** @param in the text; every call is delegated to it, so this reader's own buffer stays unused */
    LineCountingReader(BufferedReader in) {
        super(in, 1);
        this.in = in;
    }

    /** @return the lines read so far */
    long linesRead() {
        return lines;
    }

    @Override
    public String readLine() throws IOException {
        String line = in.readLine();
        if (line != null) {
            lines++;
        }
        return line;
    }

    @Override
    public int read() throws IOException {
        return in.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        return in.read(buffer, offset, length);
    }

    @Override
    public long skip(long n) throws IOException {
        return in.skip(n);
    }

    @Override
    public boolean ready() throws IOException {
        return in.ready();
    }

    @Override
    public boolean markSupported() {
        return in.markSupported();
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        in.mark(readAheadLimit);
        linesAtMark = lines;
    }

    @Override
    public void reset() throws IOException {
        in.reset();
        lines = linesAtMark;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
