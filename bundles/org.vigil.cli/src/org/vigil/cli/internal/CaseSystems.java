package org.vigil.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.cases.AffectedSystems;
import org.vigil.cases.AffectedSystems.Choice;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.SystemRef;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;

/**
 * The affected systems of {@code cases create|update}: {@code --system ID} names a system of the
 * registry, stored with its name and level; {@code --unregistered-system NAME} one the registry
 * does not list yet. An id the registry does not know is refused with the systems whose name
 * or agency match it, so that a typo does not make a free-text system.
 */
final class CaseSystems {

    private static final int SUGGESTIONS = 5;

    private CaseSystems() {
    }

    /**
     * @param options the parsed options
     * @param draft the case being created or edited
     * @param context the CLI bundle's context, to reach the registry only when a system is named
     * @throws CliException (failure) for an id the registry does not list, or a registry that cannot be read
     */
    static void apply(Options options, CaseDraft draft, BundleContext context) throws CliException {
        List<String> ids = options.values("--system"); //$NON-NLS-1$
        if (!ids.isEmpty()) {
            SystemRegistry registry = ServiceWait.await(context, SystemRegistry.class);
            for (String id : ids) {
                add(draft, resolve(registry, id.strip()));
            }
        }
        options.values("--unregistered-system").forEach(name -> add(draft, SystemRef.text(name))); //$NON-NLS-1$
    }

    private static void add(CaseDraft draft, SystemRef system) {
        if (draft.systems().stream().noneMatch(s -> s.key().equals(system.key()))) {
            draft.systems().add(system);
        }
    }

    private static SystemRef resolve(SystemRegistry registry, String id) throws CliException {
        try {
            Optional<InformationSystem> found = registry.system(id);
            if (found.isPresent()) {
                InformationSystem system = found.get();
                return new SystemRef(system.id(), system.name(), system.level());
            }
            throw CliException.failure(NLS.bind(Messages.Cases_unknownSystem, id, suggestions(registry, id)));
        } catch (RegistryException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private static String suggestions(SystemRegistry registry, String typed) throws RegistryException {
        List<Choice> choices = registry.systems(SystemFilter.ALL).stream()
                .map(s -> new Choice(new SystemRef(s.id(), s.name(), null), s.agencyId())).toList();
        List<Choice> close = AffectedSystems.filter(choices, typed);
        return (close.isEmpty() || close.size() == choices.size() ? choices : close).stream().limit(SUGGESTIONS)
                .map(c -> c.system().registryId() + " (" + c.system().name() + ")") //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
