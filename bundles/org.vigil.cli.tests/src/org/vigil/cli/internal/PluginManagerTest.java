package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.vigil.core.plugins.PluginException;
import org.vigil.core.plugins.PluginInfo;
import org.vigil.core.plugins.PluginManager;
import org.vigil.core.plugins.PluginState;
import org.vigil.core.plugins.internal.WorkspacePluginManager;

/** Live install, start, stop and uninstall in the running test framework, and a simulated restart. */
class PluginManagerTest {

    private static final String TICKER = "org.vigil.test.ticker";

    @TempDir
    Path store;
    @TempDir
    Path jars;
    private TestPlugins plugins;
    private PluginManager manager;

    @BeforeEach
    void startOnAnEmptyStore() {
        plugins = new TestPlugins(jars);
        manager = new WorkspacePluginManager(TestPlugins.context(), store);
    }

    @AfterEach
    void uninstallWhatIsLeft() throws PluginException {
        for (PluginInfo plugin : manager.plugins()) {
            manager.uninstall(plugin.symbolicName());
        }
    }

    @Test
    void anInstalledPluginRunsAndUninstallLeavesNoThreadServiceOrFileBehind() throws Exception {
        List<PluginInfo> installed = manager.install(plugins.ticker(TICKER));

        assertEquals(PluginState.ACTIVE, installed.get(0).state());
        assertTrue(installed.get(0).services().contains(Runnable.class.getName()), installed.toString());
        assertTrue(TestPlugins.threadRuns(TICKER));
        assertEquals(1, TestPlugins.services(TICKER));

        manager.uninstall(TICKER);

        assertFalse(TestPlugins.threadRuns(TICKER), "the plugin's thread is still running");
        assertEquals(0, TestPlugins.services(TICKER));
        assertFalse(TestPlugins.installed(TICKER));
        assertEquals(List.of(), manager.plugins());
        try (Stream<Path> files = Files.list(store)) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(".jar")), "the stored jar is left");
        }
    }

    @Test
    void stopTakesTheServicesAwayAndStartBringsThemBack() throws Exception {
        manager.install(plugins.ticker(TICKER));

        assertEquals(PluginState.RESOLVED, manager.stop(TICKER).state());
        assertEquals(0, TestPlugins.services(TICKER));
        assertFalse(TestPlugins.threadRuns(TICKER));

        assertEquals(PluginState.ACTIVE, manager.start(TICKER).state());
        assertEquals(1, TestPlugins.services(TICKER));
    }

    @Test
    void aRestartInstallsTheRememberedPluginsAgainInTheirState() throws Exception {
        manager.install(plugins.ticker(TICKER));
        manager.install(plugins.lazyTicker(TICKER + ".stopped"));
        manager.stop(TICKER + ".stopped");
        forgetInFramework(TICKER, TICKER + ".stopped");

        manager = new WorkspacePluginManager(TestPlugins.context(), store);

        assertEquals(List.of(), manager.startupProblems());
        List<PluginInfo> restored = manager.plugins();
        assertEquals(List.of(TICKER, TICKER + ".stopped"), restored.stream().map(PluginInfo::symbolicName).toList());
        assertEquals(List.of(PluginState.ACTIVE, PluginState.RESOLVED), restored.stream().map(PluginInfo::state).toList());
        assertEquals(1, TestPlugins.services(TICKER));
    }

    @Test
    void aPluginWithMissingImportsIsRefusedWithWhatIsMissingAndNotLeftInstalled() throws Exception {
        PluginException refused = assertThrows(PluginException.class,
                () -> manager.install(plugins.missingImports("org.vigil.test.broken")));

        String problems = String.join("\n", refused.problems());
        assertEquals(2, refused.problems().size(), problems);
        assertTrue(problems.contains("Import-Package org.example.nowhere [1.0.0,2.0.0)"), problems);
        assertTrue(problems.contains("Import-Package org.vigil.events [0.9.0,1.0.0)") && problems.contains("the installed version is 1."), problems);
        assertFalse(TestPlugins.installed("org.vigil.test.broken"));
        assertEquals(List.of(), manager.plugins());
    }

    @Test
    void aPluginWhoseActivatorFailsIsRefusedWithTheCauseAndNotLeftInstalled() throws Exception {
        PluginException refused = assertThrows(PluginException.class,
                () -> manager.install(plugins.brokenActivator("org.vigil.test.failing")));

        assertTrue(refused.getMessage().contains("org.vigil.test.NoSuchActivator"), refused.getMessage());
        assertFalse(TestPlugins.installed("org.vigil.test.failing"));
        assertEquals(List.of(), manager.plugins());
    }

    @Test
    void aPluginNoLongerAcceptedAtStartUpIsReportedAndSkipped() throws Exception {
        manager.install(plugins.ticker(TICKER));
        forgetInFramework(TICKER);
        manager.requireSigned(true);

        manager = new WorkspacePluginManager(TestPlugins.context(), store);

        String problems = String.join("\n", manager.startupProblems());
        assertTrue(problems.contains("plugin " + TICKER + " was not loaded at start-up")
                && problems.contains("no certificate is trusted"), problems);
        assertFalse(TestPlugins.installed(TICKER));
        manager.requireSigned(false);
    }

    @Test
    void aJarThatIsNoBundleIsRefusedAsSuch() throws Exception {
        PluginException refused = assertThrows(PluginException.class, () -> manager.install(plugins.notABundle()));

        assertTrue(refused.getMessage().contains("library.jar is not an OSGi bundle"), refused.getMessage());
    }

    @Test
    void aSecondCopyIsRefusedAndTheFirstKeepsRunning() throws Exception {
        Path jar = plugins.ticker(TICKER);
        manager.install(jar);

        PluginException refused = assertThrows(PluginException.class, () -> manager.install(jar));

        assertTrue(refused.getMessage().contains(TICKER + " is already installed (version 1.0.0)"), refused.getMessage());
        assertTrue(TestPlugins.threadRuns(TICKER));
        assertEquals(1, manager.plugins().size());
    }

    @Test
    void aBuiltInBundleCannotBeStoppedOrUninstalledHere() {
        PluginException refused = assertThrows(PluginException.class, () -> manager.uninstall("org.vigil.events"));

        assertTrue(refused.getMessage().contains("org.vigil.events is part of Vigil"), refused.getMessage());
        assertThrows(PluginException.class, () -> manager.stop("org.vigil.events"));
    }

    @Test
    void aP2ArchiveInstallsAllItsBundlesOrNone() throws Exception {
        Path good = plugins.p2Archive("good", plugins.ticker(TICKER), plugins.ticker(TICKER + ".two"));
        Path bad = plugins.p2Archive("bad", plugins.ticker(TICKER + ".three"), plugins.missingImports("org.vigil.test.broken"));

        assertEquals(2, manager.install(good).size());
        PluginException refused = assertThrows(PluginException.class, () -> manager.install(bad));

        assertTrue(refused.getMessage().contains("org.example.nowhere"), refused.getMessage());
        assertFalse(TestPlugins.installed(TICKER + ".three"));
        assertFalse(TestPlugins.threadRuns(TICKER + ".three"));
        assertEquals(2, manager.plugins().size());
    }

    /** A fresh framework, as after a restart with a clean configuration, has none of them. */
    private static void forgetInFramework(String... symbolicNames) throws Exception {
        for (String name : symbolicNames) {
            Bundle bundle = TestPlugins.context().getBundle(WorkspacePluginManager.LOCATION_PREFIX + name);
            bundle.uninstall();
        }
        assertFalse(TestPlugins.threadRuns(symbolicNames[0]));
    }
}
