package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;

/**
 * Reads {@code sources.properties}: every {@code source.<id>.<part>} key group is one source; a
 * group with a bad or missing part, and any key outside the format, is reported and skipped.
 */
public final class SourcesFile {

    /** The file name in the workspace. */
    public static final String FILE_NAME = "sources.properties"; //$NON-NLS-1$

    private static final Pattern KEY = Pattern.compile("source\\.([A-Za-z0-9_-]+)\\.(\\w+)"); //$NON-NLS-1$
    private static final List<String> PARTS = List.of("url", "name", "index", "timestamp", "user", "ca"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String DEFAULT_INDEX = "logs-*"; //$NON-NLS-1$

    /**
     * A line of the file that was skipped.
     *
     * @param file the file
     * @param key the key at fault
     * @param reason why, translated
     */
    public record Problem(Path file, String key, String reason) {

        /** @return the message to log: file, key and reason */
        public String message() {
            return NLS.bind(Messages.Sources_skipped, new Object[] { file, key, reason });
        }
    }

    /**
     * What the file configures.
     *
     * @param sources the usable sources, in id order
     * @param problems the skipped entries
     */
    public record Result(List<SourceSettings> sources, List<Problem> problems) {
    }

    private final Path file;
    private final Properties properties;
    private final List<Problem> problems = new ArrayList<>();

    private SourcesFile(Path file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    /**
     * @param file the {@code sources.properties} file; a missing file configures nothing
     * @return the sources and the problems
     * @throws IOException if the file exists but cannot be read
     */
    public static Result read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return parse(file, properties);
    }

    /**
     * @param file the file the properties came from, named in problems
     * @param properties its keys and values
     * @return the sources and the problems
     */
    public static Result parse(Path file, Properties properties) {
        SourcesFile reader = new SourcesFile(file, properties);
        List<SourceSettings> sources = new ArrayList<>();
        for (String id : reader.ids()) {
            reader.source(id).ifPresent(sources::add);
        }
        return new Result(List.copyOf(sources), List.copyOf(reader.problems));
    }

    private TreeSet<String> ids() {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = KEY.matcher(key);
            if (matcher.matches() && PARTS.contains(matcher.group(2))) {
                ids.add(matcher.group(1));
            } else {
                problems.add(new Problem(file, key, Messages.Sources_unknownKey));
            }
        }
        return ids;
    }

    private Optional<SourceSettings> source(String id) {
        String urlKey = key(id, "url"); //$NON-NLS-1$
        String url = value(id, "url", null); //$NON-NLS-1$
        if (url == null) {
            return skip(urlKey, Messages.Sources_missingUrl);
        }
        try {
            URI node = new URI(url);
            if (!List.of("http", "https").contains(String.valueOf(node.getScheme())) || node.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                return skip(urlKey, NLS.bind(Messages.Sources_badUrl, url));
            }
            String ca = value(id, "ca", null); //$NON-NLS-1$
            return Optional.of(new SourceSettings(id, value(id, "name", id), node, //$NON-NLS-1$
                    value(id, "index", DEFAULT_INDEX), value(id, "timestamp", Event.TIMESTAMP), //$NON-NLS-1$ //$NON-NLS-2$
                    value(id, "user", null), ca == null ? null : Path.of(ca))); //$NON-NLS-1$
        } catch (URISyntaxException | InvalidPathException e) {
            return skip(urlKey, NLS.bind(Messages.Sources_badUrl, url));
        }
    }

    private Optional<SourceSettings> skip(String key, String reason) {
        problems.add(new Problem(file, key, reason));
        return Optional.empty();
    }

    private String value(String id, String part, String fallback) {
        String value = properties.getProperty(key(id, part));
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String key(String id, String part) {
        return "source." + id + "." + part; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
