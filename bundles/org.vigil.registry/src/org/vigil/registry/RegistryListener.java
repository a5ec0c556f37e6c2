package org.vigil.registry;

/** Told about every write a {@link SystemRegistry} commits, after the commit. */
@FunctionalInterface
public interface RegistryListener {

    /**
     * Called on the thread that wrote; must return quickly and hand any UI work to the UI thread.
     *
     * @param change what was written
     */
    void registryChanged(RegistryChange change);
}
