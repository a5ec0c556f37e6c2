package org.vigil.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.core.plugins.PluginException;
import org.vigil.core.plugins.PluginInfo;
import org.vigil.core.plugins.PluginInventory;
import org.vigil.core.plugins.PluginManager;
import org.vigil.core.plugins.SigningPolicy;
import org.vigil.core.plugins.TrustedCertificate;
import org.vigil.events.SourceRegistry;

/**
 * {@code vigil-cli plugins [list | install FILE | uninstall NAME | start NAME | stop NAME |
 * trust PEM | untrust FINGERPRINT | signing [on|off] | new NAME FOLDER]}: the Vigil bundles, the
 * installed plugins and the data sources; installing and removing plugins for good, through the
 * same {@link PluginManager} as the workbench's Plugins view; a new plugin project from the
 * installation's SDK ({@link PluginProject}).
 */
final class PluginsCommand implements Command {

    private final BundleContext context;
    private final PrintStream out;

    PluginsCommand(BundleContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return Messages.Plugins_summary;
    }

    @Override
    public void run(List<String> args) throws CliException {
        String action = args.isEmpty() ? "list" : args.get(0); //$NON-NLS-1$
        if ("--install".equals(action)) { //$NON-NLS-1$
            throw CliException.usage(Messages.Plugins_installGone);
        }
        try {
            switch (action) {
                case "list" -> list(args); //$NON-NLS-1$
                case "install" -> install(Path.of(argument(args, "FILE"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "uninstall" -> uninstall(argument(args, "NAME")); //$NON-NLS-1$ //$NON-NLS-2$
                case "start" -> printPlugin(manager().start(argument(args, "NAME"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "stop" -> printPlugin(manager().stop(argument(args, "NAME"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "trust" -> trust(Path.of(argument(args, "PEM"))); //$NON-NLS-1$ //$NON-NLS-2$
                case "untrust" -> untrust(argument(args, "FINGERPRINT")); //$NON-NLS-1$ //$NON-NLS-2$
                case "signing" -> signing(args); //$NON-NLS-1$
                case "new" -> newProject(args); //$NON-NLS-1$
                default -> throw CliException.usage(NLS.bind(Messages.Plugins_unknownAction, action));
            }
        } catch (PluginException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private static String argument(List<String> args, String what) throws CliException {
        if (args.size() != 2) {
            throw CliException.usage(NLS.bind(Messages.Plugins_needsArgument, args.get(0), what));
        }
        return args.get(1);
    }

    private static List<String> noMoreArguments(List<String> args, int expected) throws CliException {
        if (args.size() > expected) {
            throw CliException.usage(NLS.bind(Messages.Cli_unknownOption, args.get(expected)));
        }
        return args;
    }

    private PluginManager manager() throws CliException {
        return ServiceWait.await(context, PluginManager.class);
    }

    private void list(List<String> args) throws CliException {
        noMoreArguments(args, 1);
        PluginManager manager = manager();
        try (Registry services = new Registry(context)) {
            SourceRegistry registry = services.await();
            printBundles();
            List<PluginInfo> installed = manager.plugins();
            out.println(NLS.bind(Messages.Plugins_installedHeader, installed.size()));
            installed.forEach(this::printPlugin);
            manager.startupProblems().forEach(problem -> out.println("  ! " + problem)); //$NON-NLS-1$
            SourcesCommand.print(out, registry.sources());
        }
    }

    private void install(Path file) throws CliException, PluginException {
        for (PluginInfo plugin : manager().install(file)) {
            out.print(Messages.Plugins_installedPrefix);
            printPlugin(plugin);
        }
    }

    private void uninstall(String name) throws CliException, PluginException {
        manager().uninstall(name);
        out.println(NLS.bind(Messages.Plugins_uninstalled, name));
    }

    private void trust(Path pem) throws CliException, PluginException {
        for (TrustedCertificate certificate : manager().trust(pem)) {
            out.println(NLS.bind(Messages.Plugins_trusted, certificate.subject(), certificate.fingerprint()));
        }
    }

    private void untrust(String fingerprint) throws CliException, PluginException {
        manager().distrust(fingerprint);
        out.println(NLS.bind(Messages.Plugins_untrusted, fingerprint));
    }

    private void signing(List<String> args) throws CliException, PluginException {
        PluginManager manager = manager();
        if (args.size() > 1) {
            String value = noMoreArguments(args, 2).get(1);
            if (!"on".equals(value) && !"off".equals(value)) { //$NON-NLS-1$ //$NON-NLS-2$
                throw CliException.usage(NLS.bind(Messages.Plugins_signingValue, value));
            }
            manager.requireSigned("on".equals(value)); //$NON-NLS-1$
        }
        SigningPolicy policy = manager.signingPolicy();
        out.println(policy.required() ? Messages.Plugins_signingOn : Messages.Plugins_signingOff);
        out.println(NLS.bind(Messages.Plugins_trustedHeader, policy.trusted().size()));
        for (TrustedCertificate certificate : policy.trusted()) {
            out.printf("  %s  %s  (%s)%n", certificate.fingerprint(), certificate.subject(), certificate.notAfter()); //$NON-NLS-1$
        }
    }

    private void newProject(List<String> args) throws CliException {
        if (args.size() != 3) {
            throw CliException.usage(NLS.bind(Messages.Plugins_needsArgument, "new", "NAME FOLDER")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String name = args.get(1);
        Path folder = Path.of(args.get(2));
        Path home = PluginProject.installHome(context.getProperty("osgi.install.area")); //$NON-NLS-1$
        new PluginProject(PluginProject.Sources.installed(home)).write(name, folder);
        out.println(NLS.bind(Messages.PluginsNew_written, new Object[] { name, folder, home }));
    }

    private void printBundles() {
        List<PluginInfo> plugins = new PluginInventory(context).vigilPlugins(Locale.getDefault());
        out.println(NLS.bind(Messages.Plugins_bundlesHeader, plugins.size()));
        for (PluginInfo plugin : plugins) {
            printPlugin(plugin);
            plugin.services().forEach(service -> out.println("      " + NLS.bind(Messages.Plugins_publishes, service))); //$NON-NLS-1$
        }
    }

    private void printPlugin(PluginInfo plugin) {
        out.printf("  %-34s %-24s %-16s %s%n", plugin.symbolicName(), plugin.version(), plugin.state().label(), //$NON-NLS-1$
                plugin.name());
    }
}
