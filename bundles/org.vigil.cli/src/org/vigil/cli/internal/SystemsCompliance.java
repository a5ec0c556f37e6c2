package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.Figures;
import org.vigil.registry.RegistryException;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.compliance.ComplianceCalculator;
import org.vigil.registry.compliance.ComplianceReport;
import org.vigil.registry.compliance.ComplianceRules;
import org.vigil.registry.compliance.RulesException;
import org.vigil.registry.compliance.SystemCompliance;
import org.vigil.registry.compliance.Target;

/**
 * {@code systems compliance [--at DATE] [--rules FILE] [--record] [--history]}: the province's
 * figure, each target's share against what it asks, each agency's figure (with the agencies
 * below it) as a tree, and the systems with overdue targets. {@code --rules} tries a rules file
 * without installing it; {@code --record} keeps the day's figures in the history, which
 * {@code --history} prints.
 */
final class SystemsCompliance extends SourceCommand {

    SystemsCompliance(BundleContext context, PrintStream out, Clock clock) {
        super("compliance", Messages.Systems_complianceUsage, context, out, clock); //$NON-NLS-1$
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, List.of(RegistryStore.OPTION, "--at", "--rules"), List.of("--record", "--history")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (!options.positional().isEmpty()) {
            throw CliException.usage(NLS.bind(Messages.Cli_unexpectedArgument, options.positional().get(0)));
        }
        if (options.has("--record") && options.has("--rules")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw CliException.usage(Messages.Systems_recordWithRules);
        }
        LocalDate day = day(options.value("--at")); //$NON-NLS-1$
        try {
            RegistryStore store = RegistryStore.open(context, options.value(RegistryStore.OPTION), clock);
            SystemRegistry registry = store.registry();
            ComplianceReport report = options.has("--rules") ? evaluate(registry, options.value("--rules"), day) //$NON-NLS-1$ //$NON-NLS-2$
                    : options.has("--record") ? store.compliance().record(day) : store.compliance().evaluate(day); //$NON-NLS-1$
            print(report, AgencyTree.of(registry.agencies()));
            if (options.has("--history")) { //$NON-NLS-1$
                printHistory(store.compliance().history());
            }
        } catch (RegistryException e) {
            throw SystemsCommand.failure(e);
        } catch (RulesException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private LocalDate day(String text) throws CliException {
        try {
            return text == null ? LocalDate.now(clock) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw CliException.usage(NLS.bind(Messages.Systems_badDate, text));
        }
    }

    private static ComplianceReport evaluate(SystemRegistry registry, String rulesFile, LocalDate day)
            throws RegistryException, RulesException, CliException {
        try {
            ComplianceRules rules = ComplianceRules.parse(Files.readString(Path.of(rulesFile), StandardCharsets.UTF_8),
                    rulesFile);
            return new ComplianceCalculator(rules).evaluate(registry.agencies(), registry.systems(SystemFilter.ALL), day);
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Systems_cannotRead, rulesFile + ": " + e.getMessage())); //$NON-NLS-1$
        }
    }

    private void print(ComplianceReport report, AgencyTree agencies) {
        out.println(NLS.bind(Messages.Systems_complianceHeader, new Object[] { report.day(), percent(report.province()),
                report.province().met(), report.province().total(), report.systems().size() }));
        out.println(Messages.Systems_targetsHeader);
        for (Target target : report.rules().targets()) {
            Figures figures = report.targets().get(target.id());
            out.printf("  %-46s %7s %7s  %s%n", target.label().text(), figures.met() + "/" + figures.total(), //$NON-NLS-1$ //$NON-NLS-2$
                    percent(figures), NLS.bind(report.reached(target) ? Messages.Systems_targetReached
                            : Messages.Systems_targetMissed, target.share(), deadline(target)));
        }
        out.println(Messages.Systems_agenciesHeader);
        for (Agency agency : agencies.depthFirst()) {
            Figures figures = report.agencies().getOrDefault(agency.id(), Figures.NONE);
            String name = "  ".repeat(agencies.depth(agency.id()) + 1) + agency.name(); //$NON-NLS-1$
            out.printf("%-50s %7s %7s%n", name, figures.met() + "/" + figures.total(), //$NON-NLS-1$ //$NON-NLS-2$
                    figures.total() == 0 ? "–" : percent(figures)); //$NON-NLS-1$
        }
        List<SystemCompliance> overdue = report.overdue();
        out.println(NLS.bind(Messages.Systems_overdueHeader, overdue.size()));
        for (SystemCompliance system : overdue) {
            out.printf("  %-26s %-40s %s%n", system.system().id(), system.system().name(), system.overdue().stream() //$NON-NLS-1$
                    .map(target -> target.label().text()).collect(Collectors.joining("; "))); //$NON-NLS-1$
        }
    }

    private void printHistory(List<ComplianceSnapshot> history) {
        out.println(NLS.bind(Messages.Systems_historyHeader, history.size()));
        for (ComplianceSnapshot snapshot : history) {
            out.printf("  %s %7s %7s%n", snapshot.day(), percent(snapshot.province()), //$NON-NLS-1$
                    snapshot.province().met() + "/" + snapshot.province().total()); //$NON-NLS-1$
        }
    }

    private static String deadline(Target target) {
        return target.deadline() == null ? "–" : target.deadline().toString(); //$NON-NLS-1$
    }

    private static String percent(Figures figures) {
        return String.format(Locale.ROOT, "%.1f %%", figures.percent()); //$NON-NLS-1$
    }
}
