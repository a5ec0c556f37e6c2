package org.vigil.elasticsearch.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * Reads Equinox secure storage, which {@code org.eclipse.equinox.security} provides when it is in
 * the runtime. Its package is imported optionally and reached by reflection, so that this bundle
 * builds and runs without it; without it, or with a locked store, nothing is found.
 */
final class SecureStorage {

    private static final String FACTORY = "org.eclipse.equinox.security.storage.SecurePreferencesFactory"; //$NON-NLS-1$
    private static final String PREFERENCES = "org.eclipse.equinox.security.storage.ISecurePreferences"; //$NON-NLS-1$

    private SecureStorage() {
    }

    static Optional<String> password(String path, String key) {
        try {
            ClassLoader loader = SecureStorage.class.getClassLoader();
            Class<?> preferences = Class.forName(PREFERENCES, true, loader);
            Object root = Class.forName(FACTORY, true, loader).getMethod("getDefault").invoke(null); //$NON-NLS-1$
            if (root == null || !(Boolean) preferences.getMethod("nodeExists", String.class).invoke(root, path)) { //$NON-NLS-1$
                return Optional.empty();
            }
            Object node = preferences.getMethod("node", String.class).invoke(root, path); //$NON-NLS-1$
            return Optional.ofNullable((String) preferences.getMethod("get", String.class, String.class) //$NON-NLS-1$
                    .invoke(node, key, null));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException
                | InvocationTargetException e) {
            // No secure storage in this runtime, or a StorageException: the environment may still have it.
            return Optional.empty();
        }
    }
}
