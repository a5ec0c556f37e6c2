package org.vigil.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.plugins.PluginException;
import org.vigil.core.plugins.PluginInfo;
import org.vigil.core.plugins.PluginManager;
import org.vigil.core.plugins.PluginState;
import org.vigil.core.plugins.TrustedCertificate;
import org.vigil.core.plugins.internal.WorkspacePluginManager;

/** "Require signed plugins" with jars signed at test time by the JDK's keytool and jarsigner. */
class SignedPluginsTest {

    private static final String PLUGIN = "org.vigil.test.signed";
    private static final String PASSWORD = "test-secret";

    @TempDir
    Path store;
    @TempDir
    Path work;
    private PluginManager manager;
    private Path unsigned;

    @BeforeEach
    void requireSignaturesFromOneTrustedCertificate() throws Exception {
        manager = new WorkspacePluginManager(TestPlugins.context(), store);
        unsigned = new TestPlugins(work).ticker(PLUGIN);
        List<TrustedCertificate> trusted = manager.trust(certificate("soc", "CN=SOC Tools, O=Provincial SOC"));
        assertEquals("CN=SOC Tools,O=Provincial SOC", trusted.get(0).subject());
        manager.requireSigned(true);
    }

    @AfterEach
    void uninstallWhatIsLeft() throws PluginException {
        for (PluginInfo plugin : manager.plugins()) {
            manager.uninstall(plugin.symbolicName());
        }
    }

    @Test
    void aJarSignedWithATrustedCertificateIsInstalled() throws Exception {
        List<PluginInfo> installed = manager.install(signed(unsigned, "soc"));

        assertEquals(PluginState.ACTIVE, installed.get(0).state());
    }

    @Test
    void anUnsignedJarIsRefusedWithTheReason() {
        PluginException refused = assertThrows(PluginException.class, () -> manager.install(unsigned));

        assertTrue(refused.getMessage().contains("is not signed"), refused.getMessage());
        assertFalse(TestPlugins.installed(PLUGIN));
    }

    @Test
    void aJarSignedBySomeoneElseIsRefusedNamingTheSigner() throws Exception {
        certificate("stranger", "CN=Somebody Else");

        PluginException refused = assertThrows(PluginException.class, () -> manager.install(signed(unsigned, "stranger")));

        assertTrue(refused.getMessage().contains("signed by CN=Somebody Else, which is not among the trusted certificates"),
                refused.getMessage());
        assertFalse(TestPlugins.installed(PLUGIN));
    }

    @Test
    void aJarChangedAfterSigningIsRefused() throws Exception {
        Path tampered = tampered(signed(unsigned, "soc"));

        PluginException refused = assertThrows(PluginException.class, () -> manager.install(tampered));

        assertTrue(refused.getMessage().contains("does not match its content"), refused.getMessage());
        assertFalse(TestPlugins.installed(PLUGIN));
    }

    @Test
    void withoutTheRequirementAnUnsignedJarIsInstalled() throws Exception {
        manager.requireSigned(false);

        assertEquals(PluginState.ACTIVE, manager.install(unsigned).get(0).state());
        assertFalse(manager.signingPolicy().required());
    }

    @Test
    void aDistrustedCertificateNoLongerSigns() throws Exception {
        manager.distrust(manager.signingPolicy().trusted().get(0).fingerprint());

        PluginException refused = assertThrows(PluginException.class, () -> manager.install(signed(unsigned, "soc")));

        assertTrue(refused.getMessage().contains("no certificate is trusted"), refused.getMessage());
    }

    /** @return the PEM file of a new self-signed key pair in the test's key store */
    private Path certificate(String alias, String subject) throws Exception {
        jdkTool("keytool", "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject,
                "-validity", "30", "-keystore", keystore().toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-keypass", PASSWORD);
        Path pem = work.resolve(alias + ".pem");
        jdkTool("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", keystore().toString(), "-storepass",
                PASSWORD, "-file", pem.toString());
        return pem;
    }

    private Path signed(Path jar, String alias) throws Exception {
        Path signed = work.resolve(alias + "-signed.jar");
        jdkTool("jarsigner", "-keystore", keystore().toString(), "-storepass", PASSWORD, "-signedjar", signed.toString(),
                jar.toString(), alias);
        return signed;
    }

    /** @return a copy of the jar whose class files have one byte more than what was signed */
    private Path tampered(Path jar) throws IOException {
        Path copy = work.resolve("tampered.jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                if (entry.getName().endsWith(".class")) {
                    out.write(0);
                }
            }
        }
        return copy;
    }

    private Path keystore() {
        return work.resolve("keys.p12");
    }

    private static void jdkTool(String tool, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), tool + " failed: " + output);
    }
}
