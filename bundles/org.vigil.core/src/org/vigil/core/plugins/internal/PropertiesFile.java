package org.vigil.core.plugins.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** A small properties file of the plugin store, rewritten beside itself and moved over it. */
final class PropertiesFile {

    private final Path file;

    PropertiesFile(Path file) {
        this.file = file;
    }

    Properties read() throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Writes a new file and moves it over the old one, so that a crash never leaves half a file. */
    void write(Properties properties, String comment) throws IOException {
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling(file.getFileName() + ".new"); //$NON-NLS-1$
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            properties.store(out, comment);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
