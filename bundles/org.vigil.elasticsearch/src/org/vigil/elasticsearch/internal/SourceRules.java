package org.vigil.elasticsearch.internal;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.sources.InvalidSourceException;
import org.vigil.elasticsearch.sources.InvalidSourceException.Field;
import org.vigil.elasticsearch.sources.SourceSettings;

/**
 * The rules a configured source follows, the same for a line of {@code sources.properties} and
 * for the settings form, each broken rule naming its field.
 */
public final class SourceRules {

    /** What a source id may hold: it is part of property keys and of command lines. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+"); //$NON-NLS-1$

    /** Characters Elasticsearch refuses in an index name or pattern, and the blank. */
    private static final Pattern INDEX_FORBIDDEN = Pattern.compile("[\\s\\\\/?\"<>|#]"); //$NON-NLS-1$

    private SourceRules() {
    }

    /**
     * @param settings the settings to check
     * @param hasPassword whether a password comes with the user (typed, stored or in the environment)
     * @throws InvalidSourceException naming the first broken rule's field
     */
    public static void check(SourceSettings settings, boolean hasPassword) throws InvalidSourceException {
        checkWithoutPassword(settings);
        if (settings.user() != null && !hasPassword) {
            throw new InvalidSourceException(Field.USER,
                    NLS.bind(Messages.Profile_userWithoutPassword, settings.name(), settings.user()));
        }
    }

    /**
     * The rules that hold whatever the password: what a line of the file can be checked for.
     *
     * @param settings the settings to check
     * @throws InvalidSourceException naming the first broken rule's field
     */
    public static void checkWithoutPassword(SourceSettings settings) throws InvalidSourceException {
        if (settings.id() == null || !ID.matcher(settings.id()).matches()) {
            throw new InvalidSourceException(Field.ID, NLS.bind(Messages.Sources_badId, settings.id()));
        }
        if (blank(settings.name())) {
            throw new InvalidSourceException(Field.NAME, Messages.Sources_blankName);
        }
        checkAddress(settings);
        if (blank(settings.index()) || INDEX_FORBIDDEN.matcher(settings.index()).find()) {
            throw new InvalidSourceException(Field.INDEX, NLS.bind(Messages.Sources_badIndex, settings.index()));
        }
        if (blank(settings.timestamp())) {
            throw new InvalidSourceException(Field.TIMESTAMP, Messages.Sources_blankTimestamp);
        }
        checkUser(settings);
        checkCa(settings);
    }

    private static void checkAddress(SourceSettings settings) throws InvalidSourceException {
        if (settings.url() == null || !List.of("http", "https").contains(String.valueOf(settings.url().getScheme())) //$NON-NLS-1$ //$NON-NLS-2$
                || settings.url().getHost() == null) {
            throw new InvalidSourceException(Field.URL, NLS.bind(Messages.Sources_badUrl, settings.url()));
        }
        try {
            ProfileRules.check(settings.name(), List.of(settings.url()), null, null, null);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(Field.URL, e.getMessage());
        }
    }

    private static void checkUser(SourceSettings settings) throws InvalidSourceException {
        String user = settings.user();
        if (user != null && (user.isBlank() || user.indexOf(':') >= 0)) {
            throw new InvalidSourceException(Field.USER, NLS.bind(
                    user.isBlank() ? Messages.Profile_userBlank : Messages.Profile_userColon, settings.name(), user));
        }
    }

    private static void checkCa(SourceSettings settings) throws InvalidSourceException {
        if (settings.ca() == null) {
            return;
        }
        if (!"https".equals(settings.url().getScheme())) { //$NON-NLS-1$
            throw new InvalidSourceException(Field.CA,
                    NLS.bind(Messages.Profile_caWithoutTls, settings.name(), settings.ca()));
        }
        if (!Files.isRegularFile(settings.ca()) || !Files.isReadable(settings.ca())) {
            throw new InvalidSourceException(Field.CA, NLS.bind(Messages.Failure_caMissing, settings.ca()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
