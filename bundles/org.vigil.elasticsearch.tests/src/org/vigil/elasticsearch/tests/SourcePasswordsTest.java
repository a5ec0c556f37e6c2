package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.events.internal.settings.Secrets;

/** Source passwords in Vigil's secure storage, whose master key is a file nobody has to type. */
class SourcePasswordsTest {

    private static final String PROVIDER = "org.vigil.elasticsearch.keyFilePasswordProvider";

    @TempDir
    Path home;

    @Test
    void aStoredPasswordIsFoundAgainAndIsNotInTheFileInClear() throws Exception {
        Path storage = home.resolve("secure_storage");
        Secrets passwords = new Secrets(open(storage), name -> null);

        passwords.store("soc", "password", "Mật-khẩu SoC-Secret-Zq7");

        assertEquals(Optional.of("Mật-khẩu SoC-Secret-Zq7"), passwords.find("soc", "password"));
        String onDisk = Files.readString(storage, StandardCharsets.ISO_8859_1);
        // Long enough not to turn up by chance in the file's header or ciphertext, as "42" did in a time.
        assertFalse(onDisk.contains("SoC-Secret-Zq7"), onDisk);
        Path key = home.resolve("secure_storage.key");
        assertTrue(Files.size(key) > 40, "a random key of 32 bytes in Base64");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void aForgottenPasswordFallsBackToTheEnvironment() throws Exception {
        Secrets passwords = new Secrets(open(home.resolve("secure_storage")),
                name -> "VIGIL_SOURCE_SOC_PASSWORD".equals(name) ? "from-env" : null);
        passwords.store("soc", "password", "stored");

        passwords.forget("soc");

        assertEquals(Optional.of("from-env"), passwords.find("soc", "password"));
    }

    private static ISecurePreferences open(Path storage) throws Exception {
        return SecurePreferencesFactory.open(storage.toUri().toURL(),
                Map.of(IProviderHints.REQUIRED_MODULE_ID, PROVIDER, IProviderHints.PROMPT_USER, Boolean.FALSE));
    }
}
