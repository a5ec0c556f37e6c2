package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.Setting;
import org.vigil.events.settings.SettingType;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceSettingsStore;

/**
 * The settings an Elasticsearch source declares (OSGI-INF/metatype/source.xml), read through the
 * Metatype service as the workbench's form reads them, and this bundle's rules applied by the
 * settings store before it writes anything.
 */
class SourceDeclarationTest {

    @Test
    void theDeclaredSettingsAreShownInEnglishAndVietnamese() throws Exception {
        SourceSettingsStore store = store();
        SourceKind english = store.kind("elasticsearch", Locale.ENGLISH).orElseThrow(() -> new AssertionError(
                "no elasticsearch declaration in " + store.kinds(Locale.ENGLISH)));
        SourceKind vietnamese = store.kind("elasticsearch", Locale.forLanguageTag("vi")).orElseThrow();

        assertEquals("Elasticsearch", english.name());
        assertEquals(List.of("url", "name", "index", "timestamp", "user", "password", "ca"),
                english.settings().stream().map(Setting::id).toList());
        assertEquals(List.of("url"), english.settings().stream().filter(Setting::required).map(Setting::id).toList());
        assertEquals("logs-*", english.setting("index").orElseThrow().defaultValue());
        assertEquals("@timestamp", english.setting("timestamp").orElseThrow().defaultValue());
        assertEquals(SettingType.SECRET, english.setting("password").orElseThrow().type());
        assertEquals(SettingType.PATH, english.setting("ca").orElseThrow().type());
        assertEquals("Address", english.setting("url").orElseThrow().label());
        assertEquals("Địa chỉ", vietnamese.setting("url").orElseThrow().label());
        assertEquals("Chứng chỉ CA", vietnamese.setting("ca").orElseThrow().label());
        assertTrue(store.checksConnection("elasticsearch"), "the form offers Check Connection");
    }

    @Test
    void aBrokenRuleOfThisBundleNamesItsFieldAndNothingIsWritten() throws Exception {
        SourceSettingsStore store = store();
        String before = Files.exists(store.file()) ? Files.readString(store.file()) : null;

        InvalidSettingException missing = assertThrows(InvalidSettingException.class,
                () -> store.save(new SourceEntry("it-decl", "elasticsearch", Map.of("name", "No address")), Map.of(),
                        Locale.ENGLISH));
        assertEquals("url", missing.field(), missing.getMessage());
        assertTrue(missing.getMessage().contains("Address"), missing.getMessage());
        InvalidSettingException ftp = assertThrows(InvalidSettingException.class,
                () -> store.save(new SourceEntry("it-decl", "elasticsearch", Map.of("url", "ftp://files")), Map.of(),
                        Locale.ENGLISH));
        assertEquals("url", ftp.field(), ftp.getMessage());
        InvalidSettingException noPassword = assertThrows(InvalidSettingException.class,
                () -> store.save(new SourceEntry("it-decl", "elasticsearch",
                        Map.of("url", "http://127.0.0.1:9200", "user", "reader")), Map.of(), Locale.ENGLISH));
        assertEquals("user", noPassword.field(), noPassword.getMessage());

        assertEquals(before, Files.exists(store.file()) ? Files.readString(store.file()) : null, "nothing is written");
        assertFalse(store.entries().stream().anyMatch(entry -> entry.id().equals("it-decl")));
    }

    private static SourceSettingsStore store() throws InterruptedException {
        ServiceTracker<SourceSettingsStore, SourceSettingsStore> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(SourceDeclarationTest.class).getBundleContext(), SourceSettingsStore.class, null);
        tracker.open();
        SourceSettingsStore store = tracker.waitForService(10_000);
        assertNotNull(store, "no settings store");
        return store;
    }
}
