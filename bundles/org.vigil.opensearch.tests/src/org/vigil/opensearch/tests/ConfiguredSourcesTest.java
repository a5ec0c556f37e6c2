package org.vigil.opensearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.Setting;
import org.vigil.events.settings.SettingType;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceSettingsStore;
import org.vigil.opensearch.internal.ConfiguredSources;

/**
 * The OpenSearch entries of sources.properties: only kind opensearch, defaults, skipped entries
 * with a reason; and the settings this bundle declares, as the workbench's form shows them.
 */
class ConfiguredSourcesTest {

    @Test
    void onlyTheOpenSearchEntriesAreReadWithWazuhAsTheDefaultIndex() {
        ConfiguredSources.Result result = ConfiguredSources.parse(List.of(
                new SourceEntry("soc", "elasticsearch", Map.of("url", "https://10.0.0.5:9200")),
                new SourceEntry("lab", "opensearch", Map.of("url", "http://127.0.0.1:9200", "index", "logs-*")),
                new SourceEntry("wazuh", "opensearch", Map.of("url", "https://10.0.0.9:9200", "name", "Wazuh indexer",
                        "user", "vigil-reader"))),
                (id, attribute) -> "wazuh".equals(id) && "password".equals(attribute) ? Optional.of("s3cret")
                        : Optional.empty());

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("lab", "wazuh"), result.entries().stream().map(ConfiguredSources.Entry::id).toList());
        ConfiguredSources.Entry wazuh = result.entries().get(1);
        assertEquals("wazuh-alerts-*", wazuh.index());
        assertEquals("Wazuh indexer", wazuh.name());
        assertEquals("s3cret", wazuh.password());
        assertEquals("logs-*", result.entries().get(0).index());
    }

    @Test
    void anEntryWithoutAddressOrPasswordIsSkippedWithTheReason() {
        ConfiguredSources.Result result = ConfiguredSources.parse(List.of(
                new SourceEntry("a", "opensearch", Map.of()),
                new SourceEntry("b", "opensearch", Map.of("url", "http://127.0.0.1:9200", "user", "reader")),
                new SourceEntry("c", "opensearch", Map.of("url", "ftp://files"))),
                (id, attribute) -> Optional.empty());

        assertEquals(List.of(), result.entries());
        assertEquals(3, result.problems().size());
        assertTrue(result.problems().get(0).startsWith("source.a.url: "), result.problems().get(0));
        assertTrue(result.problems().get(1).contains("VIGIL_SOURCE_B_PASSWORD"), result.problems().get(1));
        assertTrue(result.problems().get(2).startsWith("source.c.url: "), result.problems().get(2));
    }

    @Test
    void theDeclaredSettingsAreShownInEnglishAndVietnamese() throws Exception {
        SourceSettingsStore store = store();
        SourceKind english = store.kind("opensearch", Locale.ENGLISH).orElseThrow(() -> new AssertionError(
                "no opensearch declaration in " + store.kinds(Locale.ENGLISH)));
        SourceKind vietnamese = store.kind("opensearch", Locale.forLanguageTag("vi")).orElseThrow();

        assertEquals(List.of("url", "name", "index", "timestamp", "user", "password", "ca"),
                english.settings().stream().map(Setting::id).toList());
        assertEquals(List.of("url"), english.settings().stream().filter(Setting::required).map(Setting::id).toList());
        assertEquals("wazuh-alerts-*", english.setting("index").orElseThrow().defaultValue());
        assertEquals(SettingType.URL, english.setting("url").orElseThrow().type());
        assertEquals(SettingType.SECRET, english.setting("password").orElseThrow().type());
        assertEquals(SettingType.PATH, english.setting("ca").orElseThrow().type());
        assertEquals("Index pattern", english.setting("index").orElseThrow().label());
        assertEquals("Mẫu chỉ mục", vietnamese.setting("index").orElseThrow().label());
        assertEquals("Mật khẩu", vietnamese.setting("password").orElseThrow().label());
    }

    @Test
    void theStoreRefusesAnEntryThatBreaksTheBundlesOwnRulesNamingTheField() throws Exception {
        SourceSettingsStore store = store();
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> store.save(
                new SourceEntry("os-ca", "opensearch", Map.of("url", "http://127.0.0.1:9200", "ca", "/etc/none.pem")),
                Map.of(), Locale.ENGLISH));
        assertEquals("ca", e.field(), e.getMessage());
    }

    @Test
    void checkConnectionSaysWhetherTheNodeAcceptsTheUserWithoutSavingAnything() throws Exception {
        SourceSettingsStore store = store();
        // The secure Elasticsearch test node answers the same REST calls; the OpenSearch test zip has no security.
        SourceEntry entry = new SourceEntry("it-os-check", "opensearch", Map.of("url", OsNode.esProperty("vigil.es.secure.url"),
                "user", OsNode.esProperty("vigil.es.secure.user"), "ca", OsNode.esProperty("vigil.es.secure.ca"),
                "index", "vigil-no-such-index-*"));
        assertTrue(store.checksConnection("opensearch"), "the form offers Check Connection");

        IOException denied = assertThrows(IOException.class,
                () -> store.checkConnection(entry, Map.of("password", "not-the-password"), Locale.ENGLISH));
        assertTrue(denied.getMessage().contains("401"), denied.getMessage());
        String answer = store.checkConnection(entry, Map.of("password", OsNode.esProperty("vigil.es.secure.password")),
                Locale.ENGLISH);
        assertTrue(answer.contains("vigil-no-such-index-*"), answer);
        assertTrue(store.entries().stream().noneMatch(saved -> saved.id().equals("it-os-check")), "nothing is saved");
        assertEquals(Optional.empty(), store.secret("it-os-check", "password"));
    }

    private static SourceSettingsStore store() throws InterruptedException {
        ServiceTracker<SourceSettingsStore, SourceSettingsStore> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ConfiguredSourcesTest.class).getBundleContext(), SourceSettingsStore.class, null);
        tracker.open();
        SourceSettingsStore store = tracker.waitForService(10_000);
        assertNotNull(store, "no settings store");
        return store;
    }
}
