package org.vigil.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.dashboards.Dashboard;
import org.vigil.dashboards.DashboardException;
import org.vigil.dashboards.DashboardFile;
import org.vigil.dashboards.DashboardStore;
import org.vigil.dashboards.Panel;

/**
 * {@code vigil-cli dashboards list|show NAME|export NAME [--out F]|import F}: the workspace's
 * dashboards and their round trip through the file format of docs/DASHBOARDS.md. An import
 * checks the whole file first: a mistake is named by file, line and column, and nothing is saved.
 */
final class DashboardsCommand implements Command {

    private final BundleContext context;
    private final PrintStream out;

    DashboardsCommand(BundleContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public String name() {
        return "dashboards"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Dashboards_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        String sub = args.isEmpty() ? "list" : args.get(0); //$NON-NLS-1$
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            switch (sub) {
                case "list" -> list(Options.parse(rest, List.of())); //$NON-NLS-1$
                case "show" -> show(Options.parse(rest, List.of("--lang"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "export" -> export(Options.parse(rest, List.of("--out"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "import" -> importFile(Options.parse(rest, List.of())); //$NON-NLS-1$
                default -> throw CliException.usage(NLS.bind(Messages.Dashboards_unknownSubcommand, sub));
            }
        } catch (DashboardException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void list(Options options) throws CliException, DashboardException {
        CasesCommand.noPositional(options, 0);
        DashboardStore store = store(context);
        List<Dashboard> dashboards = store.list();
        out.println(NLS.bind(Messages.Dashboards_listHeader, dashboards.size(), store.location()));
        for (Dashboard d : dashboards) {
            out.printf("  %-20s %3d  %-8s %s%n", d.id(), d.panels().size(), store.isShipped(d.id()) //$NON-NLS-1$
                    ? Messages.Dashboards_shipped : Messages.Dashboards_saved, d.title().in(Locale.getDefault()));
        }
        store.problems().forEach(problem -> out.println(NLS.bind(Messages.Dashboards_unreadable, problem)));
    }

    private void show(Options options) throws CliException, DashboardException {
        Locale language = CasesCommand.language(options);
        Dashboard d = dashboard(store(context), options);
        out.println(d.id() + "  " + d.title().in(language)); //$NON-NLS-1$
        if (!d.description().en().isBlank()) {
            out.println(d.description().in(language));
        }
        out.println(NLS.bind(Messages.Dashboards_showTime, new Object[] { d.time().from(), d.time().to(),
                d.filter().isEmpty() ? "-" : d.filter(), variables(d) })); //$NON-NLS-1$
        out.println(NLS.bind(Messages.Dashboards_showPanels, d.panels().size()));
        for (Panel p : d.panels()) {
            out.printf("  %-24s %-22s %s%s%n", p.id(), p.kind().word(), p.title().in(language), //$NON-NLS-1$
                    p.query().isEmpty() ? "" : "  [" + p.query() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private void export(Options options) throws CliException, DashboardException {
        Dashboard dashboard = dashboard(store(context), options);
        String target = options.value("--out"); //$NON-NLS-1$
        try (Writer writer = Outputs.open(out, target)) {
            DashboardFile.write(dashboard, writer);
        } catch (IOException e) {
            throw CliException.failure(NLS.bind(Messages.Templates_cannotWrite, target, e.getMessage()));
        }
        if (target != null && !"-".equals(target)) { //$NON-NLS-1$
            out.println(NLS.bind(Messages.Dashboards_exported, dashboard.id(), target));
        }
    }

    private void importFile(Options options) throws CliException, DashboardException {
        CasesCommand.noPositional(options, 1);
        DashboardStore store = store(context);
        Dashboard dashboard = store.importFile(Path.of(options.positional().get(0)));
        out.println(NLS.bind(Messages.Dashboards_imported, new Object[] { dashboard.id(), dashboard.panels().size(),
                store.location() }));
    }

    /**
     * @param store the dashboards
     * @param options the command line, whose one word names the dashboard
     * @return the dashboard
     * @throws CliException naming the dashboards there are when none has that name
     * @throws DashboardException if the dashboards cannot be read
     */
    static Dashboard dashboard(DashboardStore store, Options options) throws CliException, DashboardException {
        CasesCommand.noPositional(options, 1);
        return named(store, options.positional().get(0));
    }

    static Dashboard named(DashboardStore store, String name) throws CliException, DashboardException {
        return store.find(name).orElseThrow(() -> CliException.failure(NLS.bind(Messages.Dashboards_unknown, name,
                ids(store))));
    }

    static DashboardStore store(BundleContext context) throws CliException {
        return ServiceWait.await(context, DashboardStore.class);
    }

    private static List<String> ids(DashboardStore store) {
        try {
            return store.list().stream().map(Dashboard::id).toList();
        } catch (DashboardException e) {
            return List.of();
        }
    }

    private static String variables(Dashboard d) {
        return "agency=" + orDash(d.variables().agency()) + " level=" //$NON-NLS-1$ //$NON-NLS-2$
                + orDash(d.variables().level() == null ? null : d.variables().level().toString()) + " source=" //$NON-NLS-1$
                + orDash(d.variables().source());
    }

    private static String orDash(String value) {
        return value == null ? "-" : value; //$NON-NLS-1$
    }
}
