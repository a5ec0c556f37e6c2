package org.vigil.opensearch.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.eclipse.osgi.util.NLS;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.SourceEntry;

/**
 * The OpenSearch sources of the workspace's {@code sources.properties} (docs/SOURCES.md): the
 * entries with {@code source.<id>.kind = opensearch}, with the parts the Elasticsearch sources
 * have, as the settings store reads them. Entries of other kinds are other bundles'. The password
 * comes from the store (secure storage, else {@code VIGIL_SOURCE_<ID>_PASSWORD}), never from the
 * file.
 */
public final class ConfiguredSources {

    /** The kind this bundle reads. */
    public static final String KIND = "opensearch"; //$NON-NLS-1$
    /** The secret attribute of the declaration. */
    public static final String PASSWORD = "password"; //$NON-NLS-1$

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
     * @param entries the file's entries, of every kind
     * @param secret a source's secret by id and attribute, if stored or in the environment
     * @return the OpenSearch sources and the entries skipped with their reason
     */
    public static Result parse(List<SourceEntry> entries, BiFunction<String, String, Optional<String>> secret) {
        List<Entry> usable = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SourceEntry entry : entries) {
            if (!KIND.equals(entry.kind())) {
                continue;
            }
            String password = secret.apply(entry.id(), PASSWORD).orElse(null);
            try {
                check(entry, password != null);
                String id = entry.id();
                usable.add(new Entry(id, entry.value("name").orElse(id), entry.value("url").orElseThrow(), //$NON-NLS-1$ //$NON-NLS-2$
                        entry.value("index").orElse(DEFAULT_INDEX), entry.value("timestamp").orElse(null), //$NON-NLS-1$ //$NON-NLS-2$
                        entry.value("user").orElse(null), password, entry.value("ca").map(Path::of).orElse(null))); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (InvalidSettingException e) {
                problems.add(NLS.bind(Messages.Sources_skipped, key(entry.id(), e.field()), e.getMessage()));
            }
        }
        return new Result(List.copyOf(usable), List.copyOf(problems));
    }

    /**
     * The rules of an OpenSearch entry beyond its declaration.
     *
     * @param entry the entry
     * @param hasPassword whether its password is typed, stored or in the environment
     * @throws InvalidSettingException naming the part at fault
     */
    public static void check(SourceEntry entry, boolean hasPassword) throws InvalidSettingException {
        String url = entry.value("url").orElseThrow(() -> new InvalidSettingException("url", Messages.Sources_noUrl)); //$NON-NLS-1$ //$NON-NLS-2$
        String scheme;
        try {
            URI address = new URI(url);
            scheme = address.getScheme();
            if (!("http".equals(scheme) || "https".equals(scheme)) || address.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new InvalidSettingException("url", NLS.bind(Messages.Sources_badUrl, url)); //$NON-NLS-1$
            }
        } catch (URISyntaxException e) {
            throw new InvalidSettingException("url", NLS.bind(Messages.Sources_badUrl, url)); //$NON-NLS-1$
        }
        if (entry.value("user").isPresent() && !hasPassword) { //$NON-NLS-1$
            throw new InvalidSettingException("user", //$NON-NLS-1$
                    NLS.bind(Messages.Sources_noPassword, passwordVariable(entry.id())));
        }
        Optional<String> ca = entry.value("ca"); //$NON-NLS-1$
        if (ca.isPresent() && !"https".equals(scheme)) { //$NON-NLS-1$
            throw new InvalidSettingException("ca", Messages.Sources_caWithoutTls); //$NON-NLS-1$
        }
        if (ca.isPresent() && !Files.isReadable(Path.of(ca.get()))) {
            throw new InvalidSettingException("ca", NLS.bind(Messages.Sources_caMissing, ca.get())); //$NON-NLS-1$
        }
    }

    /**
     * @param id a source id
     * @return the environment variable holding its password, as for Elasticsearch sources
     */
    public static String passwordVariable(String id) {
        return ("VIGIL_SOURCE_" + id + "_PASSWORD").toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String key(String id, String part) {
        return "source." + id + '.' + part; //$NON-NLS-1$
    }
}
