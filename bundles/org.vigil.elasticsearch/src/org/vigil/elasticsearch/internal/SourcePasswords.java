package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The passwords of configured sources, which {@code sources.properties} never holds: kept
 * encrypted in Equinox secure storage (node {@value #SECURE_NODE}{@code <id>}, key
 * {@value #SECURE_KEY}); a password not found there is read from the environment variable
 * {@code VIGIL_SOURCE_<ID>_PASSWORD} (the id upper-cased, other characters than letters and
 * digits as {@code _}), which suits servers and CI where nobody types a password.
 */
public final class SourcePasswords {

    /** The secure-storage node under which each source has its own node. */
    public static final String SECURE_NODE = "/org.vigil/sources/"; //$NON-NLS-1$
    /** The key of the password in a source's secure-storage node. */
    public static final String SECURE_KEY = "password"; //$NON-NLS-1$

    private static final System.Logger LOG = System.getLogger(SourcePasswords.class.getName());

    private final ISecurePreferences storage;
    private final UnaryOperator<String> environment;

    /**
     * @param storage the secure storage root, or {@code null} if it cannot be opened (then
     *            passwords come only from the environment and cannot be saved)
     * @param environment reads an environment variable, {@link System#getenv(String)} in the product
     */
    public SourcePasswords(ISecurePreferences storage, UnaryOperator<String> environment) {
        this.storage = storage;
        this.environment = environment;
    }

    /**
     * @param id the source id
     * @return the password, if one is stored or in the environment
     */
    public Optional<String> find(String id) {
        return stored(id).or(() -> Optional.ofNullable(environment.apply(variable(id))));
    }

    /**
     * Stores a password encrypted and writes the storage to disk.
     *
     * @param id the source id
     * @param password the password
     * @throws IOException if secure storage is missing or cannot encrypt or write
     */
    public void store(String id, String password) throws IOException {
        ISecurePreferences root = requireStorage();
        try {
            root.node(SECURE_NODE + id).put(SECURE_KEY, password, true);
            root.flush();
        } catch (StorageException e) {
            throw new IOException(NLS.bind(Messages.Sources_secureStorageFailed, e.getMessage()), e);
        }
    }

    /**
     * Removes a stored password, if any, and writes the storage to disk.
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
     * @return the environment variable that holds its password
     */
    public static String variable(String id) {
        return "VIGIL_SOURCE_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_PASSWORD"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private Optional<String> stored(String id) {
        if (storage == null || !storage.nodeExists(SECURE_NODE + id)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(storage.node(SECURE_NODE + id).get(SECURE_KEY, null));
        } catch (StorageException e) {
            // A key file that changed since the password was stored: the operator types it again.
            LOG.log(Level.WARNING, NLS.bind(Messages.Sources_secureStorageUnreadable, id, e.getMessage()));
            return Optional.empty();
        }
    }

    private ISecurePreferences requireStorage() throws IOException {
        if (storage == null) {
            throw new IOException(Messages.Sources_noSecureStorage);
        }
        return storage;
    }
}
