package org.vigil.core.plugins;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.osgi.framework.BundleContext;

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
                .map(bundle -> PluginInfo.of(bundle, locale))
                .sorted(Comparator.comparing(PluginInfo::symbolicName))
                .toList();
    }
}
