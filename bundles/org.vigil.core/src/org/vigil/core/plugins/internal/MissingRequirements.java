package org.vigil.core.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * Says in a user's words why a bundle does not resolve: each requirement no installed bundle
 * provides, as the manifest header it comes from, with the versions that are there when only
 * the version range is wrong (an SDK the plugin was not built for).
 */
final class MissingRequirements {

    private static final Pattern VERSION_FLOOR = Pattern.compile("\\((?:bundle-)?version>=([^)]+)\\)"); //$NON-NLS-1$
    private static final Pattern VERSION_CEILING = Pattern.compile("\\(!\\((?:bundle-)?version>=([^)]+)\\)\\)"); //$NON-NLS-1$

    private final BundleContext context;
    private final FrameworkWiring wiring;

    MissingRequirements(BundleContext context) {
        this.context = context;
        this.wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }

    /**
     * @param bundle an installed bundle that did not resolve
     * @return one line per requirement nothing provides; the resolver's own message when every
     *         requirement has a provider but they do not fit together
     */
    List<String> of(Bundle bundle) {
        List<String> lines = new ArrayList<>();
        for (Requirement requirement : bundle.adapt(BundleRevision.class).getRequirements(null)) {
            if (isMandatory(requirement) && wiring.findProviders(requirement).isEmpty()) {
                lines.add(describe(bundle, requirement));
            }
        }
        return lines.isEmpty() ? List.of(resolverMessage(bundle)) : lines;
    }

    private static boolean isMandatory(Requirement requirement) {
        String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        return !Namespace.RESOLUTION_OPTIONAL.equals(resolution) && !PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution);
    }

    private String describe(Bundle bundle, Requirement requirement) {
        String namespace = requirement.getNamespace();
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""); //$NON-NLS-1$
        String name = valueOf(filter, namespace);
        String what = header(namespace) + ' ' + (name == null ? filter : name) + range(filter);
        TreeSet<String> versions = name == null ? new TreeSet<>() : installedVersions(namespace, name);
        String line = versions.isEmpty() ? NLS.bind(Messages.Resolve_missing, what)
                : NLS.bind(Messages.Resolve_wrongVersion, what, String.join(", ", versions)); //$NON-NLS-1$
        return bundle.getSymbolicName() + ": " + line; //$NON-NLS-1$
    }

    private static String header(String namespace) {
        return switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "Import-Package"; //$NON-NLS-1$
            case "osgi.wiring.bundle" -> "Require-Bundle"; //$NON-NLS-1$ //$NON-NLS-2$
            case "osgi.wiring.host" -> "Fragment-Host"; //$NON-NLS-1$ //$NON-NLS-2$
            case "osgi.ee" -> "Bundle-RequiredExecutionEnvironment"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> "Require-Capability " + namespace; //$NON-NLS-1$
        };
    }

    private static String valueOf(String filter, String attribute) {
        Matcher matcher = Pattern.compile("\\(" + Pattern.quote(attribute) + "=([^)]+)\\)").matcher(filter); //$NON-NLS-1$ //$NON-NLS-2$
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String range(String filter) {
        Matcher ceiling = VERSION_CEILING.matcher(filter);
        String upper = ceiling.find() ? ceiling.group(1) : null;
        Matcher floor = VERSION_FLOOR.matcher(filter.replaceAll(VERSION_CEILING.pattern(), "")); //$NON-NLS-1$
        String lower = floor.find() ? floor.group(1) : null;
        if (lower == null && upper == null) {
            return ""; //$NON-NLS-1$
        }
        return " [" + (lower == null ? "0.0.0" : lower) + ',' + (upper == null ? "∞" : upper) + ')'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private TreeSet<String> installedVersions(String namespace, String name) {
        TreeSet<String> versions = new TreeSet<>();
        for (Bundle installed : context.getBundles()) {
            BundleRevision revision = installed.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability capability : revision.getDeclaredCapabilities(namespace)) {
                Map<String, Object> attributes = capability.getAttributes();
                if (name.equals(attributes.get(namespace))) {
                    Object version = attributes.getOrDefault(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE,
                            attributes.get("bundle-version")); //$NON-NLS-1$
                    versions.add(String.valueOf(version));
                }
            }
        }
        return versions;
    }

    private static String resolverMessage(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return NLS.bind(Messages.Resolve_unknown, bundle.getSymbolicName());
        } catch (BundleException | IllegalStateException e) {
            return bundle.getSymbolicName() + ": " + e.getMessage(); //$NON-NLS-1$
        }
    }
}
