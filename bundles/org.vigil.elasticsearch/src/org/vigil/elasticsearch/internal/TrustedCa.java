package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;

/**
 * An {@link SSLContext} that trusts exactly the CA certificates of one PEM file, the way
 * {@code elasticsearch-certutil} hands them out: a private CA, not the JDK's public ones.
 */
final class TrustedCa {

    private TrustedCa() {
    }

    /**
     * @param pemFile a file with one or more PEM certificates
     * @param location the node addresses, for the failure
     * @return a TLS context whose trust anchors are the file's certificates
     * @throws ConnectionFailedException if the file is missing, unreadable or holds no
     *             certificate
     */
    static SSLContext sslContext(Path pemFile, String location) throws ConnectionFailedException {
        Collection<? extends Certificate> certificates = read(pemFile, location);
        try {
            return sslContext(certificates);
        } catch (GeneralSecurityException | IOException e) {
            throw failure(Messages.Failure_caInvalid, pemFile, e, location);
        }
    }

    private static Collection<? extends Certificate> read(Path pemFile, String location)
            throws ConnectionFailedException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw failure(Messages.Failure_caEmpty, pemFile, null, location);
            }
            return certificates;
        } catch (NoSuchFileException e) {
            throw failure(Messages.Failure_caMissing, pemFile, e, location);
        } catch (CertificateException e) {
            throw failure(Messages.Failure_caInvalid, pemFile, e, location);
        } catch (IOException e) {
            throw failure(Messages.Failure_caUnreadable, pemFile, e, location);
        }
    }

    private static SSLContext sslContext(Collection<? extends Certificate> certificates)
            throws GeneralSecurityException, IOException {
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        int index = 0;
        for (Certificate certificate : certificates) {
            anchors.setCertificateEntry("ca-" + index++, certificate);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static ConnectionFailedException failure(String message, Path pemFile, Exception cause,
            String location) {
        String detail = cause == null ? "" : String.valueOf(cause.getMessage());
        String text = NLS.bind(message, pemFile, detail);
        return new ConnectionFailedException(text, Reason.CA_CERTIFICATE, location, cause);
    }
}
