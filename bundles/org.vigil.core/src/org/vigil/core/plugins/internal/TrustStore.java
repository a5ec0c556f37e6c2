package org.vigil.core.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.vigil.core.plugins.TrustedCertificate;

/**
 * The signing policy in the workspace: {@code signing.properties} says whether signatures are
 * required, and {@code trusted/} holds one PEM file per trusted certificate, named by its
 * SHA-256 fingerprint, so that an administrator can also drop certificates there by hand.
 */
final class TrustStore {

    private static final String REQUIRED = "require.signed"; //$NON-NLS-1$
    private static final String PEM = ".pem"; //$NON-NLS-1$

    private final Path trustedDirectory;
    private final PropertiesFile settings;

    /** @param directory the plugin store's folder */
    TrustStore(Path directory) {
        this.trustedDirectory = directory.resolve("trusted"); //$NON-NLS-1$
        this.settings = new PropertiesFile(directory.resolve("signing.properties")); //$NON-NLS-1$
    }

    boolean required() throws IOException {
        return Boolean.parseBoolean(settings.read().getProperty(REQUIRED, "false")); //$NON-NLS-1$
    }

    void setRequired(boolean required) throws IOException {
        Properties properties = settings.read();
        properties.setProperty(REQUIRED, Boolean.toString(required));
        settings.write(properties, null);
    }

    /** @return every certificate in the trusted folder, sorted by subject */
    List<X509Certificate> certificates() throws IOException, GeneralSecurityException {
        if (!Files.isDirectory(trustedDirectory)) {
            return List.of();
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try (Stream<Path> files = Files.list(trustedDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(PEM)).toList()) {
                certificates.addAll(read(file));
            }
        }
        certificates.sort(Comparator.comparing(c -> c.getSubjectX500Principal().getName()));
        return certificates;
    }

    /** @return the certificates of a PEM (or DER) file; empty when it holds none */
    static List<X509Certificate> read(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) { //$NON-NLS-1$
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        }
    }

    /** Stores the certificate as a PEM file named by its fingerprint. */
    void add(X509Certificate certificate) throws IOException, GeneralSecurityException {
        Files.createDirectories(trustedDirectory);
        String pem = "-----BEGIN CERTIFICATE-----\n" //$NON-NLS-1$
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded()) //$NON-NLS-1$
                + "\n-----END CERTIFICATE-----\n"; //$NON-NLS-1$
        Files.writeString(trustedDirectory.resolve(hex(certificate) + PEM), pem, StandardCharsets.US_ASCII);
    }

    /** @return whether a stored certificate had the fingerprint; every file holding it is deleted */
    boolean remove(String fingerprint) throws IOException, GeneralSecurityException {
        String wanted = fingerprint.replace(":", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        boolean removed = false;
        if (!Files.isDirectory(trustedDirectory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(trustedDirectory)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith(PEM)
                        && read(file).stream().anyMatch(c -> hexOrEmpty(c).equals(wanted))) {
                    Files.delete(file);
                    removed = true;
                }
            }
        }
        return removed;
    }

    /** @return the certificate as an administrator recognises it */
    static TrustedCertificate describe(X509Certificate certificate) throws GeneralSecurityException {
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest(certificate)); //$NON-NLS-1$
        return new TrustedCertificate(certificate.getSubjectX500Principal().getName(), fingerprint,
                certificate.getNotAfter().toInstant().toString());
    }

    private static String hex(X509Certificate certificate) throws GeneralSecurityException {
        return HexFormat.of().formatHex(digest(certificate));
    }

    private static String hexOrEmpty(X509Certificate certificate) {
        try {
            return hex(certificate);
        } catch (GeneralSecurityException e) {
            return ""; //$NON-NLS-1$
        }
    }

    private static byte[] digest(X509Certificate certificate) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()); //$NON-NLS-1$
    }
}
