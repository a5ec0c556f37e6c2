package org.vigil.events.internal.settings;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.vigil.events.internal.Messages;

/**
 * The secrets of configured sources (passwords, API keys), which {@code sources.properties}
 * never holds: kept encrypted in Equinox secure storage (node {@value #SECURE_NODE}{@code <id>},
 * one key per attribute); a secret not found there is read from the environment variable
 * {@code VIGIL_SOURCE_<ID>_<ATTRIBUTE>} (upper-cased, other characters than letters and digits as
 * {@code _}), which suits servers and CI where nobody types a password. Secrets are never logged.
 */
public final class Secrets {

    /** The secure-storage node under which each source has its own node. */
    public static final String SECURE_NODE = "/org.vigil/sources/"; //$NON-NLS-1$

    private static final System.Logger LOG = System.getLogger(Secrets.class.getName());

    private final ISecurePreferences storage;
    private final UnaryOperator<String> environment;

    /**
     * @param storage the secure storage root, or {@code null} if it cannot be opened (then
     *            secrets come only from the environment and cannot be saved)
     * @param environment reads an environment variable, {@link System#getenv(String)} in the product
     */
    public Secrets(ISecurePreferences storage, UnaryOperator<String> environment) {
        this.storage = storage;
        this.environment = environment;
    }

    /**
     * @param id the source id
     * @param attribute the secret's attribute id
     * @return the secret, if one is stored or in the environment
     */
    public Optional<String> find(String id, String attribute) {
        return stored(id, attribute).or(() -> Optional.ofNullable(environment.apply(variable(id, attribute))));
    }

    /**
     * Stores a secret encrypted and writes the storage to disk.
     *
     * @param id the source id
     * @param attribute the secret's attribute id
     * @param secret the secret
     * @throws IOException if secure storage is missing or cannot encrypt or write
     */
    public void store(String id, String attribute, String secret) throws IOException {
        if (storage == null) {
            throw new IOException(Messages.Settings_noSecureStorage);
        }
        try {
            storage.node(SECURE_NODE + id).put(attribute, secret, true);
            storage.flush();
        } catch (StorageException e) {
            throw new IOException(NLS.bind(Messages.Settings_secureStorageFailed, e.getMessage()), e);
        }
    }

    /**
     * Removes one stored secret, if any, and writes the storage to disk.
     *
     * @param id the source id
     * @param attribute the secret's attribute id
     * @throws IOException if the storage cannot be written
     */
    public void forget(String id, String attribute) throws IOException {
        if (storage != null && storage.nodeExists(SECURE_NODE + id)) {
            storage.node(SECURE_NODE + id).remove(attribute);
            storage.flush();
        }
    }

    /**
     * Removes every stored secret of a source, if any, and writes the storage to disk.
     *
     * @param id the source id
     * @throws IOException if the storage cannot be written
     */
    public void forget(String id) throws IOException {
        if (storage != null && storage.nodeExists(SECURE_NODE + id)) {
            storage.node(SECURE_NODE + id).removeNode();
            storage.flush();
        }
    }

    /**
     * @param id a source id
     * @param attribute a secret's attribute id
     * @return the environment variable that holds it
     */
    public static String variable(String id, String attribute) {
        return ("VIGIL_SOURCE_" + id + '_' + attribute).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Optional<String> stored(String id, String attribute) {
        if (storage == null || !storage.nodeExists(SECURE_NODE + id)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(storage.node(SECURE_NODE + id).get(attribute, null));
        } catch (StorageException e) {
            // A key file that changed since the secret was stored: the operator types it again.
            LOG.log(Level.WARNING, NLS.bind(Messages.Settings_secureStorageUnreadable, id, e.getMessage()));
            return Optional.empty();
        }
    }
}
