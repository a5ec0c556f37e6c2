package org.vigil.elasticsearch.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the password of a configured source, which {@code sources.properties} never holds: first
 * in Equinox secure storage (node {@value #SECURE_NODE}{@code <id>}, key {@value #SECURE_KEY})
 * when that bundle is in the runtime, else in the environment variable
 * {@code VIGIL_SOURCE_<ID>_PASSWORD} (the id upper-cased, {@code -} and {@code .} as {@code _}).
 */
public final class SourcePasswords {

    /** The secure-storage node under which each source has its own node. */
    public static final String SECURE_NODE = "/org.vigil/sources/"; //$NON-NLS-1$
    /** The key of the password in a source's secure-storage node. */
    public static final String SECURE_KEY = "password"; //$NON-NLS-1$

    private final UnaryOperator<String> environment;

    /** @param environment reads an environment variable, {@link System#getenv(String)} in the product */
    public SourcePasswords(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * @param id the source id
     * @return the password, if one is stored
     */
    public Optional<String> find(String id) {
        return secureStorage(id).or(() -> Optional.ofNullable(environment.apply(variable(id))));
    }

    /**
     * @param id a source id
     * @return the environment variable that holds its password
     */
    public static String variable(String id) {
        return "VIGIL_SOURCE_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_PASSWORD"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static Optional<String> secureStorage(String id) {
        return SecureStorage.password(SECURE_NODE + id, SECURE_KEY);
    }
}
