package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.events.internal.settings.Declarations;
import org.vigil.events.internal.settings.Secrets;
import org.vigil.events.internal.settings.SettingsStore;
import org.vigil.events.settings.InvalidSettingException;
import org.vigil.events.settings.Setting;
import org.vigil.events.settings.SettingType;
import org.vigil.events.settings.SourceEntry;
import org.vigil.events.settings.SourceKind;
import org.vigil.events.settings.SourceSettingsStore;

/**
 * The settings store against a kind this test bundle declares in {@code OSGI-INF/metatype}, read
 * by the real Metatype service: what the form shows, what a save refuses (naming the field, writing
 * nothing), and where a secret goes.
 */
class SettingsStoreTest {

    private static final String URL = "https://10.0.0.5:9200";
    private static final String SECRET = "Khóa-API-Zq7-secret";

    private final BundleContext context = FrameworkUtil.getBundle(SettingsStoreTest.class).getBundleContext();

    @TempDir
    Path workspace;

    private Path file;
    private SettingsStore store;

    @BeforeEach
    void openStore() throws Exception {
        file = workspace.resolve("sources.properties");
        MetaTypeService metaTypes = service(MetaTypeService.class);
        Map<String, String> environment = Map.of("VIGIL_SOURCE_FROM_ENV_APIKEY", "env-key");
        store = new SettingsStore(file, new Secrets(secureStorage(), environment::get),
                locale -> new Declarations(metaTypes, context.getBundles()), kind -> Optional.empty(), List::of);
    }

    @Test
    void theDeclarationGivesEachSettingItsTypeRequirementDefaultAndOptions() {
        SourceKind kind = store.kind("test-kind", Locale.ENGLISH).orElseThrow();

        assertEquals("Test kind", kind.name());
        // The required settings first, as Metatype lists them; each group in the declared order.
        assertEquals(List.of("url", "apikey", "folder", "port", "ratio", "follow", "format"),
                kind.settings().stream().map(Setting::id).toList());
        assertEquals(List.of(SettingType.URL, SettingType.SECRET, SettingType.PATH, SettingType.INTEGER,
                SettingType.NUMBER, SettingType.BOOLEAN, SettingType.CHOICE),
                kind.settings().stream().map(Setting::type).toList());
        assertEquals(List.of("url", "apikey"), kind.settings().stream().filter(Setting::required).map(Setting::id).toList());
        Setting format = kind.setting("format").orElseThrow();
        assertEquals("json", format.defaultValue());
        assertEquals(List.of(new Setting.Option("json", "JSON lines"), new Setting.Option("csv", "CSV")), format.options());
        assertTrue(store.kinds(Locale.ENGLISH).stream().anyMatch(k -> k.kind().equals("test-kind")));
    }

    @Test
    void aBadValueIsRefusedNamingItsFieldAndNothingIsWritten() throws Exception {
        Files.writeString(file, "# kept as it is\nsource.lab.kind = test-kind\nsource.lab.url = http://127.0.0.1:9200\n");
        String before = Files.readString(file);

        assertRefused("url", "Address", entry(Map.of("port", "9200")));
        assertRefused("port", "Port", entry(Map.of("url", URL, "port", "nine")));
        assertRefused("port", "Port", entry(Map.of("url", URL, "port", "70000")));
        assertRefused("ratio", "Ratio", entry(Map.of("url", URL, "ratio", "1,5")));
        assertRefused("follow", "Follow new lines", entry(Map.of("url", URL, "follow", "yes")));
        assertRefused("format", "Format", entry(Map.of("url", URL, "format", "xml")));
        assertRefused("url", "Address", entry(Map.of("url", "not an address")));
        assertRefused("colour", "colour", entry(Map.of("url", URL, "colour", "red")));
        assertRefused("apikey", "API key", entry(Map.of("url", URL, "apikey", SECRET)));
        assertRefused(InvalidSettingException.ID, "soc lab",
                new SourceEntry("soc lab", "test-kind", Map.of("url", URL)));
        InvalidSettingException missingKey = assertThrows(InvalidSettingException.class,
                () -> store.save(entry(Map.of("url", URL)), Map.of(), Locale.ENGLISH));
        assertEquals("apikey", missingKey.field(), "a required secret neither typed nor stored");

        assertEquals(before, Files.readString(file), "nothing is written");
        assertFalse(store.secret("soc", "apikey").isPresent());
    }

    @Test
    void aSecretGoesToSecureStorageNeverIntoTheFileAndGoesWithTheEntry() throws Exception {
        store.save(entry(Map.of("url", URL, "port", "9200", "format", "csv")), Map.of("apikey", SECRET), Locale.ENGLISH);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains("Zq7"), text);
        assertTrue(text.contains("source.soc.kind = test-kind") && text.contains("source.soc.format = csv"), text);
        assertEquals(Optional.of(SECRET), store.secret("soc", "apikey"));
        assertEquals(List.of(new SourceEntry("soc", "test-kind", Map.of("url", URL, "port", "9200", "format", "csv"))),
                store.entries());

        store.save(entry(Map.of("url", URL)), Map.of(), Locale.ENGLISH);
        assertEquals(Optional.of(SECRET), store.secret("soc", "apikey"), "a secret not typed again is kept");

        store.remove("soc");
        assertEquals(List.of(), store.entries());
        assertEquals(Optional.empty(), store.secret("soc", "apikey"), "removing an entry forgets its secrets");
    }

    @Test
    void aSecretNotStoredComesFromTheEnvironment() throws Exception {
        assertEquals(Optional.of("env-key"), store.secret("from-env", "apikey"));
        assertEquals("VIGIL_SOURCE_SOC_LOGS_API_KEY", Secrets.variable("soc-logs", "api-key"));
        store.save(new SourceEntry("from-env", "test-kind", Map.of("url", URL)), Map.of(), Locale.ENGLISH);
        assertTrue(Files.readString(file).contains("source.from-env.url"));
    }

    @Test
    void theRunningStoreOffersTheDeclaredKinds() throws Exception {
        SourceSettingsStore running = service(SourceSettingsStore.class);
        assertTrue(running.kind("test-kind", Locale.ENGLISH).isPresent(), running.kinds(Locale.ENGLISH).toString());
        assertFalse(running.checksConnection("test-kind"), "no support service: no connection check");
    }

    private void assertRefused(String field, String named, SourceEntry entry) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> store.save(entry, Map.of("apikey", SECRET), Locale.ENGLISH));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "a secret is never part of a message");
    }

    private static SourceEntry entry(Map<String, String> values) {
        return new SourceEntry("soc", "test-kind", values);
    }

    private ISecurePreferences secureStorage() throws Exception {
        return SecurePreferencesFactory.open(workspace.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()),
                        IProviderHints.PROMPT_USER, Boolean.FALSE));
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, "no " + type.getSimpleName() + " service");
        return service;
    }
}
