package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.osgi.util.NLS;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * Gives Equinox secure storage its master password without asking anyone: a random key kept in
 * a file beside the storage file ({@code <storage>.key}), readable only by its owner where the
 * file system has POSIX permissions. Without it, secure storage on a Linux desktop without a
 * keyring module would have to prompt, and the command line could not use it at all. The key
 * protects the passwords from anyone who only gets the storage file (a backup, a copied home
 * directory); not from someone who can read the user's files, which no unattended scheme can.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    private static final System.Logger LOG = System.getLogger(KeyFilePasswordProvider.class.getName());
    private static final int KEY_BYTES = 32;

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            return new PBEKeySpec(readOrCreate(keyFile(container.getLocation())).toCharArray());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Sources_keyFileFailed, container.getLocation(), e.getMessage()));
            return null;
        }
    }

    /**
     * @param storage the location of the secure storage file
     * @return the file holding its key
     * @throws URISyntaxException if the location is not a file URL
     */
    static Path keyFile(URL storage) throws URISyntaxException {
        Path file = Path.of(storage.toURI());
        return file.resolveSibling(file.getFileName() + ".key"); //$NON-NLS-1$
    }

    private static String readOrCreate(Path key) throws IOException {
        if (!Files.exists(key)) {
            byte[] random = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(random);
            Path directory = key.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            // Written whole before it gets its name, so that no process ever reads a half key.
            Path temporary = Files.createTempFile(directory, key.getFileName().toString(), ".new", ownerOnly()); //$NON-NLS-1$
            try {
                Files.writeString(temporary, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                Files.move(temporary, key);
            } catch (FileAlreadyExistsException e) {
                // Another Vigil process created it first: use theirs.
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return Files.readString(key, StandardCharsets.US_ASCII).strip();
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix") //$NON-NLS-1$
                ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) } //$NON-NLS-1$
                : new FileAttribute<?>[0];
    }
}
