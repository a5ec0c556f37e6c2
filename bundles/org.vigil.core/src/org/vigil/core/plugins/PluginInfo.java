package org.vigil.core.plugins;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

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

    /**
     * @param bundle an installed bundle
     * @param locale the locale for the bundle's name
     * @return the bundle as a user sees it, with the services it publishes now
     * @since 0.1.1
     */
    public static PluginInfo of(Bundle bundle, Locale locale) {
        String name = bundle.getHeaders(locale.toString()).get(Constants.BUNDLE_NAME);
        return new PluginInfo(bundle.getSymbolicName(), name == null ? bundle.getSymbolicName() : name,
                bundle.getVersion().toString(), PluginState.of(bundle.getState()), servicesOf(bundle));
    }

    private static List<String> servicesOf(Bundle bundle) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered == null) {
            return List.of();
        }
        return Arrays.stream(registered)
                .flatMap(reference -> Stream.of((String[]) reference.getProperty(Constants.OBJECTCLASS)))
                .distinct()
                .sorted()
                .toList();
    }
}
