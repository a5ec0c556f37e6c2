package org.vigil.cli.internal;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.vigil.elasticsearch.sources.ConfiguredSources;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceService;
import org.vigil.registry.internal.ComplianceComponent;

/**
 * The registry a {@code systems} command works on, and its compliance: the active registry (the
 * team's when a configured source holds it, else the embedded one), or the one
 * {@code --store local|SOURCE} names.
 */
final class RegistryStore {

    /** The option that names the store. */
    static final String OPTION = "--store"; //$NON-NLS-1$

    /** Gives the compliance of the registry once it is asked for. */
    @FunctionalInterface
    private interface Compliance {
        ComplianceService get() throws CliException;
    }

    private final SystemRegistry registry;
    private final Compliance compliance;

    private RegistryStore(SystemRegistry registry, Compliance compliance) {
        this.registry = registry;
        this.compliance = compliance;
    }

    /**
     * @param context the CLI bundle's context
     * @param store {@code local}, a source id, or null for the active registry
     * @param clock what "today" is for the compliance of a registry that is not the active one
     * @return the store
     * @throws CliException naming the stores there are when none has the id
     */
    static RegistryStore open(BundleContext context, String store, Clock clock) throws CliException {
        SystemRegistry active = ServiceWait.await(context, SystemRegistry.class);
        Compliance service = () -> ServiceWait.await(context, ComplianceService.class);
        if (store == null) {
            return new RegistryStore(active, service);
        }
        if (!SystemRegistry.LOCAL.equals(store)) {
            // The team registry is published with its source: once the sources are read, it is there.
            ServiceWait.await(context, ConfiguredSources.class);
        }
        Map<String, SystemRegistry> present = present(context);
        SystemRegistry chosen = present.get(store);
        if (chosen == null) {
            throw CliException.failure(NLS.bind(Messages.Systems_unknownStore, store, present.keySet()));
        }
        return new RegistryStore(chosen, chosen == active ? service : () -> new ComplianceComponent(chosen, clock));
    }

    /** @return the registry */
    SystemRegistry registry() {
        return registry;
    }

    /**
     * @return the compliance of the registry
     * @throws CliException if the compliance service does not start
     */
    ComplianceService compliance() throws CliException {
        return compliance.get();
    }

    /** The registries published now, by store id: the embedded one has no store property. */
    private static Map<String, SystemRegistry> present(BundleContext context) throws CliException {
        Map<String, SystemRegistry> present = new TreeMap<>();
        try {
            for (ServiceReference<SystemRegistry> reference : context.getServiceReferences(SystemRegistry.class, null)) {
                Object store = reference.getProperty(SystemRegistry.STORE_PROPERTY);
                SystemRegistry registry = context.getService(reference);
                if (registry != null) {
                    present.putIfAbsent(store instanceof String id ? id : SystemRegistry.LOCAL, registry);
                }
            }
        } catch (InvalidSyntaxException e) {
            // Only a filter can be malformed, and none is given.
            throw new IllegalStateException(e);
        }
        return present;
    }
}
