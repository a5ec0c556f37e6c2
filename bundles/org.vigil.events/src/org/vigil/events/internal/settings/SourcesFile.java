package org.vigil.events.internal.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.events.settings.SourceEntry;

/**
 * The workspace's {@code sources.properties} as lines of entries: every {@code source.<id>.<part>}
 * key group is one entry, its kind in the part {@value #KIND_PART} ({@value #DEFAULT_KIND} when
 * absent). Which entries are usable is for each kind to say.
 */
public final class SourcesFile {

    /** The file name in the workspace. */
    public static final String FILE_NAME = "sources.properties"; //$NON-NLS-1$
    /** The part naming an entry's kind. */
    public static final String KIND_PART = "kind"; //$NON-NLS-1$
    /** The kind of an entry without a kind line, from the days the file held only Elasticsearch sources. */
    public static final String DEFAULT_KIND = "elasticsearch"; //$NON-NLS-1$

    private static final Pattern KEY = Pattern.compile("source\\.([A-Za-z0-9_-]+)\\.(\\w+)"); //$NON-NLS-1$

    private SourcesFile() {
    }

    /**
     * @param file the file; a missing file holds nothing
     * @return its keys and values
     * @throws IOException if the file exists but cannot be read
     */
    public static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return properties;
    }

    /**
     * @param properties the file's keys and values
     * @return its entries in id order, blank values left out
     */
    public static List<SourceEntry> entries(Properties properties) {
        Map<String, Map<String, String>> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = KEY.matcher(key);
            String value = properties.getProperty(key).strip();
            if (matcher.matches()) {
                Map<String, String> entry = values.computeIfAbsent(matcher.group(1), id -> new TreeMap<>());
                if (!value.isEmpty()) {
                    entry.put(matcher.group(2), value);
                }
            }
        }
        List<SourceEntry> entries = new ArrayList<>();
        values.forEach((id, parts) -> {
            String kind = parts.getOrDefault(KIND_PART, DEFAULT_KIND);
            parts.remove(KIND_PART);
            entries.add(new SourceEntry(id, kind, parts));
        });
        return entries;
    }

    /**
     * Replaces the lines of one entry in the file, keeping every other line (comments, other
     * sources, entries that were skipped) as it was. The new file is written beside the old one
     * and moved over it, so that a failure leaves the old file whole.
     *
     * @param file the {@code sources.properties} file, created if missing
     * @param id the source whose lines go
     * @param replacement the values written in their place, in this order, or an empty map to only
     *            remove them
     * @throws IOException if the file cannot be read or written
     */
    public static void replace(Path file, String id, Map<String, String> replacement) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            boolean continued = false;
            boolean dropping = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!continued) {
                    dropping = belongsTo(line, id);
                }
                if (!dropping) {
                    lines.add(line);
                }
                continued = (continued || !isComment(line)) && endsInContinuation(line);
            }
        }
        replacement.forEach((part, value) -> lines.add(key(id, part) + " = " + escape(value))); //$NON-NLS-1$
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, FILE_NAME, ".new"); //$NON-NLS-1$
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static boolean belongsTo(String line, String id) {
        String stripped = line.stripLeading();
        return stripped.startsWith("source." + id + ".") //$NON-NLS-1$ //$NON-NLS-2$
                && KEY.matcher(stripped.split("[\\s=:]", 2)[0]).matches(); //$NON-NLS-1$
    }

    private static boolean isComment(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("#") || stripped.startsWith("!"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean endsInContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Escapes what {@link Properties#load(Reader)} would otherwise read differently: backslashes (Windows paths), line breaks. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static String key(String id, String part) {
        return "source." + id + "." + part; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
