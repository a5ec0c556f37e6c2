package org.vigil.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.vigil.core.plugins.PluginInfo;
import org.vigil.core.plugins.PluginInventory;
import org.vigil.events.SourceRegistry;

/**
 * {@code vigil-cli plugins [--install JAR]...}: the Vigil bundles, the services they publish and
 * the data sources in the registry. {@code --install} adds bundles to this run only, which shows
 * a plugin's sources arriving in the live registry before deploying it for good.
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
        List<Path> jars = parseInstallOptions(args);
        List<Bundle> installed = new ArrayList<>();
        try (Registry services = new Registry(context)) {
            SourceRegistry registry = services.await();
            for (Path jar : jars) {
                installed.add(installAndStart(jar));
            }
            printPlugins();
            SourcesCommand.print(out, registry.sources());
        } finally {
            uninstall(installed);
        }
    }

    private static List<Path> parseInstallOptions(List<String> args) throws CliException {
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (!"--install".equals(args.get(i))) {
                throw CliException.usage(NLS.bind(Messages.Cli_unknownOption, args.get(i)));
            }
            if (i + 1 == args.size()) {
                throw CliException.usage(Messages.Plugins_installNeedsJar);
            }
            jars.add(Path.of(args.get(++i)));
        }
        return jars;
    }

    private Bundle installAndStart(Path jar) throws CliException {
        if (!Files.isRegularFile(jar)) {
            throw CliException.failure(NLS.bind(Messages.Plugins_noSuchJar, jar.toAbsolutePath()));
        }
        try (InputStream content = Files.newInputStream(jar)) {
            Bundle bundle = context.installBundle("vigil-cli:" + jar.toAbsolutePath().toUri(), content);
            bundle.start();
            return bundle;
        } catch (IOException | BundleException e) {
            throw CliException.failure(NLS.bind(Messages.Plugins_installFailed, jar.toAbsolutePath(), e.getMessage()));
        }
    }

    private void printPlugins() {
        List<PluginInfo> plugins = new PluginInventory(context).vigilPlugins(Locale.getDefault());
        out.println(NLS.bind(Messages.Plugins_bundlesHeader, plugins.size()));
        for (PluginInfo plugin : plugins) {
            out.printf("  %-34s %-24s %-16s %s%n", plugin.symbolicName(), plugin.version(), plugin.state().label(),
                    plugin.name());
            plugin.services().forEach(service -> out.println("      " + NLS.bind(Messages.Plugins_publishes, service)));
        }
    }

    private static void uninstall(List<Bundle> bundles) {
        for (Bundle bundle : bundles) {
            try {
                bundle.uninstall();
            } catch (BundleException e) {
                // The framework is about to shut down; a bundle left behind is only a leftover in this run.
            }
        }
    }
}
