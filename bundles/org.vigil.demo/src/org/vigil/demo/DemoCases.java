package org.vigil.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The incident cases the demo province's SOC opened over the demo month, in Vietnamese like the
 * demo registry: scans, command-and-control beacons, defacements, phishing and vulnerability
 * findings on the hosts, addresses and registry systems of the demo events and registry. Times are
 * relative to the moment the workspace is created, as the demo events are; the enum-like values
 * (status, severity, category, resolution, observable type, template) are the names the case
 * model uses, kept as text so that this bundle does not depend on it.
 */
public final class DemoCases {

    /** The name of the data file, for messages. */
    public static final String FILE = "demo-cases.properties"; //$NON-NLS-1$
    private static final String TEXT = "text:"; //$NON-NLS-1$

    /**
     * An affected system: a system of the demo registry ({@link DemoRegistry}), which gives its
     * name and level, or a machine the registry does not list.
     *
     * @param registryId its id in the demo registry, or {@code null}
     * @param text the name of a machine not registered, or {@code null}
     */
    public record SystemEntry(String registryId, String text) {
    }

    /**
     * @param type the observable type's name ({@code IP}, {@code DOMAIN}, ...)
     * @param value the value
     * @param ioc whether it is an indicator worth blocking and sharing
     */
    public record ObservableEntry(String type, String value, boolean ioc) {
    }

    /**
     * @param status the workflow status the case moves to
     * @param after when, from detection
     */
    public record Step(String status, Duration after) {
    }

    /**
     * @param after when, from detection
     * @param text the comment
     */
    public record Note(Duration after, String text) {
    }

    /**
     * One case as the SOC worked it.
     *
     * @param id its key in the data file
     * @param template the id of the shipped template it was opened from, or {@code null}
     * @param category the category's name, or {@code null} for the template's
     * @param severity the severity's name, or {@code null} for the template's
     * @param title the title
     * @param description the description
     * @param systems the affected systems
     * @param observables the observables
     * @param tags tags beyond the template's
     * @param detectedAgo how long before the workspace was created the incident was found
     * @param reportedAfter when it was reported, from detection, or {@code null} if not yet
     * @param steps the status moves, in order
     * @param resolution the resolution's name, or {@code null} while open
     * @param summary the closing summary, or an empty string
     * @param comments the comments, in order
     */
    public record DemoCase(String id, String template, String category, String severity, String title,
            String description, List<SystemEntry> systems, List<ObservableEntry> observables, List<String> tags,
            Duration detectedAgo, Duration reportedAfter, List<Step> steps, String resolution, String summary,
            List<Note> comments) {
    }

    /**
     * The cases and who worked them.
     *
     * @param actor the user the demo SOC's changes are recorded as
     * @param cases the cases, in the data file's order
     */
    public record Data(String actor, List<DemoCase> cases) {
    }

    private DemoCases() {
    }

    /**
     * @return the demo cases
     * @throws IOException if the data file cannot be read or a value in it is malformed, naming
     *             the key
     */
    public static Data load() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DemoCases.class.getResourceAsStream("/data/" + FILE)) { //$NON-NLS-1$
            if (in == null) {
                throw new IOException("the demo bundle lacks data/" + FILE); //$NON-NLS-1$
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        List<DemoCase> cases = new ArrayList<>();
        for (String id : list(properties.getProperty("cases", ""), ",")) { //$NON-NLS-1$ //$NON-NLS-2$
            cases.add(read(properties, id));
        }
        return new Data(required(properties, "actor"), List.copyOf(cases)); //$NON-NLS-1$
    }

    private static DemoCase read(Properties p, String id) throws IOException {
        String prefix = id + '.';
        List<SystemEntry> systems = new ArrayList<>();
        for (String entry : list(p.getProperty(prefix + "systems", ""), ";")) { //$NON-NLS-1$ //$NON-NLS-2$
            systems.add(entry.startsWith(TEXT) ? new SystemEntry(null, entry.substring(TEXT.length()).strip())
                    : new SystemEntry(entry, null));
        }
        List<ObservableEntry> observables = new ArrayList<>();
        for (String entry : list(p.getProperty(prefix + "observables", ""), ",")) { //$NON-NLS-1$ //$NON-NLS-2$
            String[] parts = entry.split("\\s+"); //$NON-NLS-1$
            if (parts.length < 2) {
                throw new IOException(FILE + ": " + prefix + "observables: \"" + entry + "\" is not \"type value [ioc]\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            observables.add(new ObservableEntry(parts[0].toUpperCase(Locale.ROOT), parts[1],
                    parts.length > 2 && "ioc".equals(parts[2]))); //$NON-NLS-1$
        }
        List<Step> steps = timed(p, prefix + "steps", ",", Step::new); //$NON-NLS-1$ //$NON-NLS-2$
        List<Note> comments = timed(p, prefix + "comments", "|", (text, after) -> new Note(after, text)); //$NON-NLS-1$ //$NON-NLS-2$
        String reported = p.getProperty(prefix + "reported"); //$NON-NLS-1$
        return new DemoCase(id, p.getProperty(prefix + "template"), p.getProperty(prefix + "category"), //$NON-NLS-1$ //$NON-NLS-2$
                p.getProperty(prefix + "severity"), required(p, prefix + "title"), //$NON-NLS-1$ //$NON-NLS-2$
                p.getProperty(prefix + "description", ""), List.copyOf(systems), List.copyOf(observables), //$NON-NLS-1$ //$NON-NLS-2$
                list(p.getProperty(prefix + "tags", ""), ","), //$NON-NLS-1$ //$NON-NLS-2$
                duration(prefix + "detected", required(p, prefix + "detected")), //$NON-NLS-1$ //$NON-NLS-2$
                reported == null ? null : duration(prefix + "reported", reported), List.copyOf(steps), //$NON-NLS-1$
                p.getProperty(prefix + "resolution"), p.getProperty(prefix + "summary", ""), List.copyOf(comments)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Reads "first-word duration-or-text" entries: a step is "STATUS PT2H", a comment "PT2H text". */
    private static <T> List<T> timed(Properties p, String key, String separator,
            BiFunction<String, Duration, T> make) throws IOException {
        List<T> values = new ArrayList<>();
        for (String entry : list(p.getProperty(key, ""), separator)) { //$NON-NLS-1$
            String[] parts = entry.split("\\s+", 2); //$NON-NLS-1$
            if (parts.length < 2) {
                throw new IOException(FILE + ": " + key + ": \"" + entry + "\" lacks a time or a text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            boolean timeFirst = parts[0].startsWith("P"); //$NON-NLS-1$
            String time = timeFirst ? parts[0] : parts[1];
            String other = timeFirst ? parts[1] : parts[0];
            values.add(make.apply(other.strip(), duration(key, time.strip())));
        }
        return values;
    }

    private static List<String> list(String text, String separator) {
        return Arrays.stream(text.split(Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String required(Properties p, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(FILE + ": " + key + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.strip();
    }

    private static Duration duration(String key, String text) throws IOException {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException(FILE + ": " + key + ": \"" + text + "\" is not an ISO-8601 duration", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
