package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.sources.InvalidSourceException;
import org.vigil.elasticsearch.sources.SourceSettings;

/**
 * Reads {@code sources.properties}: every {@code source.<id>.<part>} key group is one source; a
 * group with a bad or missing part, and any key outside the format, is reported and skipped.
 * The one other key, {@value #REGISTRY_KEY}, names the source whose cluster holds the team's
 * registry of systems. Writing is the settings store's ({@code org.vigil.events.settings}).
 */
public final class SourcesFile {

    /** The file name in the workspace. */
    public static final String FILE_NAME = "sources.properties"; //$NON-NLS-1$

    /** The key naming the source that holds the team's registry; a line of its own, kept when sources are saved. */
    public static final String REGISTRY_KEY = "registry.source"; //$NON-NLS-1$

    private static final Pattern KEY = Pattern.compile("source\\.([A-Za-z0-9_-]+)\\.(\\w+)"); //$NON-NLS-1$
    private static final List<String> PARTS = List.of("url", "name", "index", "timestamp", "user", "ca", "kind"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    /** The kind of a source without a {@code kind} line; the others are read by their own bundles (opensearch). */
    private static final String KIND = "elasticsearch"; //$NON-NLS-1$

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
     * @param registrySource the id of the usable source that holds the team's registry, or null for none
     */
    public record Result(List<SourceSettings> sources, List<Problem> problems, String registrySource) {
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
        String registrySource = reader.registrySource(sources);
        return new Result(List.copyOf(sources), List.copyOf(reader.problems), registrySource);
    }

    private String registrySource(List<SourceSettings> sources) {
        String id = properties.getProperty(REGISTRY_KEY, "").strip(); //$NON-NLS-1$
        if (id.isEmpty()) {
            return null;
        }
        if (sources.stream().noneMatch(source -> source.id().equals(id))) {
            problems.add(new Problem(file, REGISTRY_KEY, Messages.Sources_registryUnknown));
            return null;
        }
        return id;
    }

    private TreeSet<String> ids() {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = KEY.matcher(key);
            boolean ours = matcher.matches()
                    && KIND.equals(properties.getProperty(key(matcher.group(1), "kind"), KIND).strip()); //$NON-NLS-1$
            if (matcher.matches() && !ours) {
                // Another kind's entry, with the parts that kind declares (a log folder's folder, say).
                continue;
            }
            if (ours && PARTS.contains(matcher.group(2))) {
                ids.add(matcher.group(1));
            } else if (!REGISTRY_KEY.equals(key)) {
                problems.add(new Problem(file, key, Messages.Sources_unknownKey));
            }
        }
        return ids;
    }

    private Optional<SourceSettings> source(String id) {
        try {
            SourceSettings settings = SourceSettings.fromText(id, value(id, "name"), value(id, "url"), //$NON-NLS-1$ //$NON-NLS-2$
                    value(id, "index"), value(id, "timestamp"), value(id, "user"), value(id, "ca")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            SourceRules.checkWithoutPassword(settings);
            return Optional.of(settings);
        } catch (InvalidSourceException e) {
            problems.add(new Problem(file, key(id, e.field().name().toLowerCase(Locale.ROOT)), e.getMessage()));
            return Optional.empty();
        }
    }

    private String value(String id, String part) {
        return properties.getProperty(key(id, part));
    }

    private static String key(String id, String part) {
        return "source." + id + "." + part; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
