package org.vigil.core.plugins;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Reads the running framework for the bundles that make up Vigil. A bundle belongs to Vigil
 * when its symbolic name starts with {@value #VIGIL_PREFIX}, which is also how third-party
 * data-source bundles are expected to be named (see docs/PLUGINS.md).
 */
public final class PluginInventory {

    /** Symbolic-name prefix of every Vigil bundle. */
    public static final String VIGIL_PREFIX = "org.vigil.";

    private final BundleContext context;

    /**
     * @param context any bundle's context: it is only used to see the whole framework
     */
    public PluginInventory(BundleContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Lists Vigil's bundles sorted by symbolic name, test fragments included.
     *
     * @param locale the locale for bundle names
     * @return one entry per installed Vigil bundle
     */
    public List<PluginInfo> vigilPlugins(Locale locale) {
        return Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getSymbolicName() != null
                        && bundle.getSymbolicName().startsWith(VIGIL_PREFIX))
                .map(bundle -> describe(bundle, locale))
                .sorted(Comparator.comparing(PluginInfo::symbolicName))
                .toList();
    }

    private static PluginInfo describe(Bundle bundle, Locale locale) {
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
