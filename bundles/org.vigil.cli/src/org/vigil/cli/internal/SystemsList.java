package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemType;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.RulesException;

/**
 * {@code systems list [--agency ID] [--level N,N] [--dossier S] [--plan S] [--type T] [--text T] [--overdue]}:
 * one line per system with its level, dossier and plan status and how many targets are overdue.
 */
final class SystemsList extends SourceCommand {

    private static final String ROW = "%-26s %-6s %-16s %-16s %-8s %-14s %s%n"; //$NON-NLS-1$


    SystemsList(BundleContext context, PrintStream out, Clock clock) {
        super("list", Messages.Systems_listUsage, context, out, clock); //$NON-NLS-1$
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of(RegistryStore.OPTION, "--agency", "--level", "--dossier", "--plan", "--type", "--text"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                List.of("--overdue")); //$NON-NLS-1$
        if (!options.positional().isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Cli_unexpectedArgument, options.positional().get(0)));
        }
        SystemFilter filter = filter(options);
        try {
            RegistryStore store = RegistryStore.open(context, options.value(RegistryStore.OPTION), clock);
            List<InformationSystem> systems = store.registry().systems(filter);
            ComplianceReport compliance = store.compliance().evaluate(LocalDate.now(clock));
            Map<String, Integer> overdue = compliance.systems().stream()
                    .collect(Collectors.toMap(s -> s.system().id(), s -> s.overdue().size()));
            List<InformationSystem> shown = options.has("--overdue") //$NON-NLS-1$
                    ? systems.stream().filter(s -> overdue.getOrDefault(s.id(), 0) > 0).toList() : systems;
            print(shown, overdue);
        } catch (RegistryException e) {
            throw SystemsCommand.failure(e);
        } catch (RulesException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void print(List<InformationSystem> systems, Map<String, Integer> overdue) {
        out.println(NLS.bind(Messages.Systems_count, systems.size()));
        out.printf(ROW, (Object[]) Messages.Systems_listColumns.split("\\|")); //$NON-NLS-1$
        for (InformationSystem system : systems) {
            out.printf(ROW, system.id(), system.level(), system.dossier().status().label(),
                    system.plan().status().label(), overdue.getOrDefault(system.id(), 0), system.agencyId(),
                    system.name());
        }
    }

    private static SystemFilter filter(Options options) throws CliException {
        SystemFilter filter = SystemFilter.ALL.withAgency(options.value("--agency")) //$NON-NLS-1$
                .withText(options.value("--text")); //$NON-NLS-1$
        if (options.has("--level")) { //$NON-NLS-1$
            filter = filter.withLevels(levels(options.value("--level"))); //$NON-NLS-1$
        }
        if (options.has("--dossier")) { //$NON-NLS-1$
            filter = filter.withDossiers(Set.of(SystemsShow.choice(DossierStatus.class, options.value("--dossier")))); //$NON-NLS-1$
        }
        if (options.has("--plan")) { //$NON-NLS-1$
            filter = filter.withPlans(Set.of(SystemsShow.choice(PlanStatus.class, options.value("--plan")))); //$NON-NLS-1$
        }
        if (options.has("--type")) { //$NON-NLS-1$
            filter = filter.withTypes(Set.of(SystemsShow.choice(SystemType.class, options.value("--type")))); //$NON-NLS-1$
        }
        return filter;
    }

    private static Set<Integer> levels(String text) throws CliException {
        Set<Integer> levels = new HashSet<>();
        for (String level : text.split(",")) { //$NON-NLS-1$
            try {
                levels.add(Integer.parseInt(level.strip()));
            } catch (NumberFormatException e) {
                throw CliException.usage(NLS.bind(Messages.Cli_badNumber, "--level", text)); //$NON-NLS-1$
            }
        }
        return levels;
    }

}
