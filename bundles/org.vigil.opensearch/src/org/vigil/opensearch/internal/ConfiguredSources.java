package org.vigil.opensearch.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * The OpenSearch sources of the workspace's {@code sources.properties} (docs/SOURCES.md): the
 * entries with {@code source.<id>.kind = opensearch}, with the parts the Elasticsearch sources
 * have. Entries of other kinds are other bundles'. The password comes from the environment
 * variable {@code VIGIL_SOURCE_<ID>_PASSWORD}, never from the file.
 */
public final class ConfiguredSources {

    /** The kind this bundle reads. */
    public static final String KIND = "opensearch"; //$NON-NLS-1$

    private static final Pattern KEY = Pattern.compile("source\\.([A-Za-z0-9_-]+)\\.kind"); //$NON-NLS-1$
    private static final String DEFAULT_INDEX = "wazuh-alerts-*"; //$NON-NLS-1$

    /**
     * One configured source.
     *
     * @param id its id
     * @param name the name shown
     * @param url the node's address
     * @param index the index pattern
     * @param timestamp the time field, or null for the profile's or {@code @timestamp}
     * @param user the user, or null
     * @param password the user's password, or null
     * @param ca the CA file, or null
     */
    public record Entry(String id, String name, String url, String index, String timestamp, String user,
            String password, Path ca) {
    }

    /**
     * @param entries the usable sources
     * @param problems one line per skipped entry, {@code <key>: skipped: <reason>}
     */
    public record Result(List<Entry> entries, List<String> problems) {
    }

    private ConfiguredSources() {
    }

    /**
     * @param properties the file's keys and values
     * @param environment the environment variables, for passwords
     * @return the OpenSearch sources and the entries skipped with their reason
     */
    public static Result parse(Properties properties, Function<String, String> environment) {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = KEY.matcher(key);
            if (matcher.matches() && KIND.equals(properties.getProperty(key).strip())) {
                ids.add(matcher.group(1));
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            String url = value(properties, id, "url"); //$NON-NLS-1$
            String user = value(properties, id, "user"); //$NON-NLS-1$
            String password = environment.apply(passwordVariable(id));
            if (url == null) {
                problems.add(NLS.bind(Messages.Sources_skipped, key(id, "url"), Messages.Sources_noUrl)); //$NON-NLS-1$
            } else if (user != null && password == null) {
                problems.add(NLS.bind(Messages.Sources_skipped, key(id, "user"), //$NON-NLS-1$
                        NLS.bind(Messages.Sources_noPassword, passwordVariable(id))));
            } else {
                String name = value(properties, id, "name"); //$NON-NLS-1$
                String index = value(properties, id, "index"); //$NON-NLS-1$
                String ca = value(properties, id, "ca"); //$NON-NLS-1$
                entries.add(new Entry(id, name == null ? id : name, url, index == null ? DEFAULT_INDEX : index,
                        value(properties, id, "timestamp"), user, password, ca == null ? null : Path.of(ca))); //$NON-NLS-1$
            }
        }
        return new Result(List.copyOf(entries), List.copyOf(problems));
    }

    /**
     * @param id a source id
     * @return the environment variable holding its password, as for Elasticsearch sources
     */
    public static String passwordVariable(String id) {
        return "VIGIL_SOURCE_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_PASSWORD"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String value(Properties properties, String id, String part) {
        String value = properties.getProperty(key(id, part));
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String key(String id, String part) {
        return "source." + id + '.' + part; //$NON-NLS-1$
    }
}
