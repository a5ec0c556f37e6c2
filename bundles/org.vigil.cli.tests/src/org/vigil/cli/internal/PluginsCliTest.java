package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil-cli plugins list|install|uninstall|start|stop} on the test workspace's plugin store. */
class PluginsCliTest {

    private static final String TICKER = "org.vigil.test.cli.ticker";

    @TempDir
    Path jars;
    private final CliRun cli = new CliRun();

    @AfterEach
    void uninstallTheTestPlugins() {
        cli.run("plugins", "uninstall", TICKER);
        cli.run("plugins", "uninstall", "org.vigil.examples.source");
    }

    @Test
    void anInstalledPluginIsListedStopsStartsAndIsGoneAfterUninstall() throws Exception {
        Path jar = new TestPlugins(jars).ticker(TICKER);

        assertEquals(ExitCode.SUCCESS, cli.run("plugins", "install", jar.toString()), cli.stderr());
        assertTrue(cli.stdout().contains(TICKER) && cli.stdout().contains("active"), cli.stdout());
        assertEquals(ExitCode.SUCCESS, cli.run("plugins", "list"), cli.stderr());
        assertTrue(cli.stdout().contains("Installed plugins (1):"), cli.stdout());

        assertEquals(ExitCode.SUCCESS, cli.run("plugins", "stop", TICKER), cli.stderr());
        assertTrue(cli.stdout().contains("resolved"), cli.stdout());
        assertEquals(0, TestPlugins.services(TICKER));
        assertEquals(ExitCode.SUCCESS, cli.run("plugins", "start", TICKER), cli.stderr());
        assertEquals(1, TestPlugins.services(TICKER));

        assertEquals(ExitCode.SUCCESS, cli.run("plugins", "uninstall", TICKER), cli.stderr());
        assertEquals(ExitCode.SUCCESS, cli.run("plugins"), cli.stderr());
        assertTrue(cli.stdout().contains("Installed plugins (0):"), cli.stdout());
        assertFalse(cli.stdout().contains(TICKER), cli.stdout());
        assertFalse(TestPlugins.threadRuns(TICKER));
    }

    @Test
    void anInstalledSourceAppearsAmongTheSourcesWithoutRestart() throws Exception {
        assertEquals(ExitCode.SUCCESS, cli.run("plugins", "install", CliTest.exampleSourceJar().toString()), cli.stderr());

        assertEquals(ExitCode.SUCCESS, cli.run("plugins"), cli.stderr());
        assertTrue(cli.stdout().lines().anyMatch(line -> line.trim().startsWith("example ")), cli.stdout());
        assertTrue(cli.stdout().contains("(org.vigil.examples.source)"), cli.stdout());
    }

    @Test
    void aPluginWithMissingImportsFailsListingThemAndIsNotInstalled() throws Exception {
        Path jar = new TestPlugins(jars).missingImports("org.vigil.test.cli.broken");

        assertEquals(ExitCode.FAILURE, cli.run("plugins", "install", jar.toString()));

        assertTrue(cli.stderr().contains("missing Import-Package org.example.nowhere [1.0.0,2.0.0)"), cli.stderr());
        assertTrue(cli.stderr().contains("Import-Package org.vigil.events [0.9.0,1.0.0) is not satisfied"), cli.stderr());
        cli.run("plugins");
        assertFalse(cli.stdout().contains("org.vigil.test.cli.broken"), cli.stdout());
    }

    @Test
    void aFileThatIsNoBundleOrIsMissingFailsNamingIt() throws Exception {
        assertEquals(ExitCode.FAILURE, cli.run("plugins", "install", new TestPlugins(jars).notABundle().toString()));
        assertTrue(cli.stderr().contains("library.jar is not an OSGi bundle"), cli.stderr());

        assertEquals(ExitCode.FAILURE, cli.run("plugins", "install", "/nowhere/source.jar"));
        assertTrue(cli.stderr().contains("no file at /nowhere/source.jar"), cli.stderr());
    }

    @Test
    void vigilsOwnBundlesAreNotUninstalledAndMistakesAreUsageErrors() {
        assertEquals(ExitCode.FAILURE, cli.run("plugins", "uninstall", "org.vigil.local"));
        assertTrue(cli.stderr().contains("org.vigil.local is part of Vigil"), cli.stderr());

        assertEquals(ExitCode.USAGE, cli.run("plugins", "--install", "x.jar"));
        assertTrue(cli.stderr().contains("plugins install FILE"), cli.stderr());
        assertEquals(ExitCode.USAGE, cli.run("plugins", "install"));
        assertEquals(ExitCode.USAGE, cli.run("plugins", "frobnicate"));
        assertEquals(ExitCode.USAGE, cli.run("plugins", "signing", "maybe"));
    }
}
