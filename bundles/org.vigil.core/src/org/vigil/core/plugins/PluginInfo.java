package org.vigil.core.plugins;

import java.util.List;

/**
 * One installed Vigil bundle as a user sees it.
 *
 * @param symbolicName the bundle's symbolic name, e.g. {@code org.vigil.local}
 * @param name the bundle's human-readable name in the current locale
 * @param version the bundle's version
 * @param state the bundle's lifecycle state
 * @param services the service interfaces the bundle publishes, sorted
 */
public record PluginInfo(String symbolicName, String name, String version, PluginState state,
        List<String> services) {

    /** Copies the service list so that the record stays immutable. */
    public PluginInfo {
        services = List.copyOf(services);
    }
}
