package org.vigil.core.plugins;

import org.osgi.framework.Bundle;

/** The lifecycle state of a bundle, reduced to what an operator needs to know. */
public enum PluginState {
    /** Installed but its dependencies are not wired yet. */
    INSTALLED,
    /** Wired and ready, not started. */
    RESOLVED,
    /** Starting, or waiting for its first class to load (lazy activation). */
    STARTING,
    /** Running. */
    ACTIVE,
    /** Being stopped. */
    STOPPING,
    /** Uninstalled. */
    UNINSTALLED;

    /**
     * Maps an OSGi bundle state constant.
     *
     * @param osgiState one of the {@link Bundle} state constants
     * @return the matching state
     */
    public static PluginState of(int osgiState) {
        return switch (osgiState) {
            case Bundle.RESOLVED -> RESOLVED;
            case Bundle.STARTING -> STARTING;
            case Bundle.ACTIVE -> ACTIVE;
            case Bundle.STOPPING -> STOPPING;
            case Bundle.UNINSTALLED -> UNINSTALLED;
            default -> INSTALLED;
        };
    }

    /** @return the state's name in the current locale, for display */
    public String label() {
        return switch (this) {
            case INSTALLED -> Messages.PluginState_INSTALLED;
            case RESOLVED -> Messages.PluginState_RESOLVED;
            case STARTING -> Messages.PluginState_STARTING;
            case ACTIVE -> Messages.PluginState_ACTIVE;
            case STOPPING -> Messages.PluginState_STOPPING;
            case UNINSTALLED -> Messages.PluginState_UNINSTALLED;
        };
    }
}
