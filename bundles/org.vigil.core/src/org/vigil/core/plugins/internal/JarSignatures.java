package org.vigil.core.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.osgi.util.NLS;

/**
 * Checks that every entry of a jar is signed by a trusted certificate, or by a certificate a
 * trusted one issued. The JDK verifies the digests while the entries are read; a tampered
 * entry fails there.
 */
final class JarSignatures {

    private final List<X509Certificate> trusted;

    /** @param trusted the certificates trusted to sign plugins */
    JarSignatures(List<X509Certificate> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /**
     * @param jar the jar to check
     * @return why the jar is refused, or empty when it is signed by a trusted signer
     */
    Optional<String> refusal(BundleJar jar) {
        try (JarFile file = new JarFile(jar.file().toFile(), true)) {
            String untrusted = null;
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                readFully(file, entry);
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null) {
                    return Optional.of(NLS.bind(Messages.Signature_unsigned, jar.origin(), entry.getName()));
                }
                if (!trustsAny(signers)) {
                    untrusted = subjectOf(signers[0]);
                }
            }
            return Optional.ofNullable(untrusted).map(subject -> NLS.bind(Messages.Signature_untrusted, jar.origin(), subject));
        } catch (SecurityException | IOException e) {
            return Optional.of(NLS.bind(Messages.Signature_broken, jar.origin(), e.getMessage()));
        }
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0 //$NON-NLS-1$ //$NON-NLS-2$
                && (upper.equals(JarFile.MANIFEST_NAME) || upper.endsWith(".SF") || upper.endsWith(".RSA") //$NON-NLS-1$ //$NON-NLS-2$
                        || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void readFully(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            // Only reading an entry to its end makes the JDK check its digest.
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private boolean trustsAny(CodeSigner[] signers) {
        for (CodeSigner signer : signers) {
            for (Certificate certificate : signer.getSignerCertPath().getCertificates()) {
                if (certificate instanceof X509Certificate x509 && isTrusted(x509)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isTrusted(X509Certificate certificate) {
        for (X509Certificate anchor : trusted) {
            if (anchor.equals(certificate) || issuedBy(certificate, anchor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate anchor) {
        if (!certificate.getIssuerX500Principal().equals(anchor.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(anchor.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String subjectOf(CodeSigner signer) {
        Certificate first = signer.getSignerCertPath().getCertificates().get(0);
        return first instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName() : first.getType();
    }
}
