package org.vigil.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes a file it produces: a named file, or standard output. */
final class Outputs {

    private Outputs() {
    }

    /**
     * @param out standard output
     * @param target a file, or null or {@code -} for standard output
     * @return a UTF-8 writer; closing it closes the file, or only flushes standard output, which
     *         stays open for whoever writes next
     * @throws IOException if the file cannot be created
     */
    static Writer open(PrintStream out, String target) throws IOException {
        if (target == null || "-".equals(target)) { //$NON-NLS-1$
            return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8);
    }
}
