package org.vigil.elasticsearch.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.sources.InvalidSourceException.Field;

/**
 * One Elasticsearch source as the workspace's {@code sources.properties} configures it
 * (docs/SOURCES.md). The password is never part of it.
 *
 * @param id the source id, unique among the running sources, used as {@code --source} on the
 *            command line; letters, digits, {@code -} and {@code _}
 * @param name the name shown to the operator
 * @param url the node address
 * @param index the index pattern to search
 * @param timestamp the field holding the event time
 * @param user the Elasticsearch user, or {@code null} without security
 * @param ca the PEM file of the CA to trust, or {@code null} for the JDK's trust store
 */
public record SourceSettings(String id, String name, URI url, String index, String timestamp, String user, Path ca) {

    /** The index pattern of a source that names none. */
    public static final String DEFAULT_INDEX = "logs-*"; //$NON-NLS-1$

    /**
     * Reads settings as typed in the file or the form: surrounding blanks are dropped, a blank
     * name is the id, a blank index or timestamp field the default, a blank user or CA none.
     * Only the text is checked here: {@code ConfiguredSources} checks the rules.
     *
     * @param id the id
     * @param name the name, may be blank
     * @param url the node address
     * @param index the index pattern, may be blank
     * @param timestamp the timestamp field, may be blank
     * @param user the user, may be blank
     * @param ca the CA file, may be blank
     * @return the settings
     * @throws InvalidSourceException if the address or the CA file name cannot even be read
     */
    public static SourceSettings fromText(String id, String name, String url, String index, String timestamp,
            String user, String ca) throws InvalidSourceException {
        String address = orNull(url);
        if (address == null) {
            throw new InvalidSourceException(Field.URL, Messages.Sources_missingUrl);
        }
        try {
            String caFile = orNull(ca);
            return new SourceSettings(orNull(id), orDefault(name, orNull(id)), new URI(address),
                    orDefault(index, DEFAULT_INDEX), orDefault(timestamp, Event.TIMESTAMP), orNull(user),
                    caFile == null ? null : Path.of(caFile));
        } catch (URISyntaxException e) {
            throw new InvalidSourceException(Field.URL, NLS.bind(Messages.Sources_badUrl, address));
        } catch (InvalidPathException e) {
            throw new InvalidSourceException(Field.CA, NLS.bind(Messages.Failure_caMissing, ca));
        }
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orDefault(String text, String fallback) {
        String value = orNull(text);
        return value == null ? fallback : value;
    }
}
