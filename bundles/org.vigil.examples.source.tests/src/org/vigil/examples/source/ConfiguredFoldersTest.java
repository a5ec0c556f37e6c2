package org.vigil.examples.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.events.EventSource;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.Setting;
import org.vigil.events.settings.SettingType;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceSettingsStore;

/**
 * A log folder added as the operator adds it in File → Data Sources…: the plugin's declared form,
 * in English and Vietnamese, and a saved folder searchable at once, gone once removed.
 */
class ConfiguredFoldersTest {

    private final BundleContext context = FrameworkUtil.getBundle(ConfiguredFoldersTest.class).getBundleContext();

    @TempDir
    Path folder;

    @Test
    void thePluginDeclaresItsFormInEnglishAndVietnamese() throws Exception {
        SourceSettingsStore store = store();
        SourceKind english = store.kind(ConfiguredFolders.KIND, Locale.ENGLISH).orElseThrow();
        SourceKind vietnamese = store.kind(ConfiguredFolders.KIND, Locale.forLanguageTag("vi")).orElseThrow();

        assertEquals("Log folder", english.name());
        assertEquals("Thư mục nhật ký", vietnamese.name());
        assertEquals(List.of("folder", "name"), english.settings().stream().map(Setting::id).toList());
        Setting path = english.setting("folder").orElseThrow();
        assertEquals(SettingType.PATH, path.type(), "a Browse button in the form");
        assertEquals(true, path.required());
        assertEquals("Thư mục", vietnamese.setting("folder").orElseThrow().label());
    }

    @Test
    void aSavedFolderIsSearchableAtOnceAndGoneOnceRemoved() throws Exception {
        SourceSettingsStore store = store();
        Files.writeString(folder.resolve("fw.ndjson"), """
                {"@timestamp":"2026-11-20T08:00:01Z","event.action":"deny","message":"line 1"}
                {"@timestamp":"2026-11-20T08:00:02Z","event.action":"allow","message":"line 2"}
                """);
        InvalidSettingException missing = assertThrows(InvalidSettingException.class, () -> store.save(
                new SourceEntry("it-folder", ConfiguredFolders.KIND, Map.of("folder", folder.resolve("none").toString())),
                Map.of(), Locale.ENGLISH));
        assertEquals("folder", missing.field(), missing.getMessage());

        store.save(new SourceEntry("it-folder", ConfiguredFolders.KIND,
                Map.of("folder", folder.toString(), "name", "Firewall logs")), Map.of(), Locale.ENGLISH);
        try {
            Folders.await("the saved folder's source", () -> source("it-folder").isPresent());
            EventSource source = source("it-folder").orElseThrow();
            assertEquals("Firewall logs", source.descriptor().displayName());
            Folders.await("its two lines", () -> Folders.countNow(source, "*") == 2);
            assertEquals(1, Folders.count(source, "event.action:deny"));
        } finally {
            store.remove("it-folder");
        }
        assertEquals(Optional.empty(), source("it-folder"), "a removed folder is withdrawn");
    }

    private Optional<EventSource> source(String id) {
        try {
            for (ServiceReference<EventSource> reference : context.getServiceReferences(EventSource.class, null)) {
                EventSource source = context.getService(reference);
                if (source != null && source.descriptor().id().equals(id)) {
                    return Optional.of(source);
                }
            }
            return Optional.empty();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private SourceSettingsStore store() throws InterruptedException {
        ServiceTracker<SourceSettingsStore, SourceSettingsStore> tracker = new ServiceTracker<>(context,
                SourceSettingsStore.class, null);
        tracker.open();
        SourceSettingsStore store = tracker.waitForService(Folders.PATIENCE.toMillis());
        assertNotNull(store, "no settings store");
        return store;
    }
}
