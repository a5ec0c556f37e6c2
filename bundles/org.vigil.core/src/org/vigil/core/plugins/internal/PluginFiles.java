package org.vigil.core.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.plugins.PluginException;

/**
 * Turns what the user picked into bundle jars: a bundle jar is itself; a zipped p2 repository
 * gives its {@code plugins/*.jar}, extracted to a scratch folder. The repository's metadata
 * ({@code content.jar}, {@code artifacts.jar}) is not read: every bundle in it is installed.
 */
final class PluginFiles implements AutoCloseable {

    private static final String P2_PLUGINS = "plugins/"; //$NON-NLS-1$

    private final Path scratch;

    PluginFiles() throws IOException {
        scratch = Files.createTempDirectory("vigil-plugin"); //$NON-NLS-1$
    }

    /**
     * @param file a bundle jar or a zipped p2 repository
     * @return the bundle jars it holds, at least one
     * @throws PluginException when it is neither
     */
    List<BundleJar> bundles(Path file) throws PluginException {
        if (!Files.isRegularFile(file)) {
            throw new PluginException(NLS.bind(Messages.Install_noSuchFile, file.toAbsolutePath()), List.of());
        }
        List<String> entries = p2PluginEntries(file);
        if (entries.isEmpty()) {
            return List.of(BundleJar.read(file, file.getFileName().toString()));
        }
        return extract(file, entries);
    }

    private static List<String> p2PluginEntries(Path file) throws PluginException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(JarFile.MANIFEST_NAME) != null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.startsWith(P2_PLUGINS) && name.endsWith(".jar") && name.indexOf('/', P2_PLUGINS.length()) < 0) { //$NON-NLS-1$
                    names.add(name);
                }
            }
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw new PluginException(NLS.bind(Messages.Install_notAJar, file.getFileName(), e.getMessage()), List.of());
        }
    }

    private List<BundleJar> extract(Path archive, List<String> entries) throws PluginException {
        List<BundleJar> jars = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (String entry : entries) {
                Path target = scratch.resolve(entry.substring(P2_PLUGINS.length()));
                try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
                    Files.copy(in, target);
                }
                jars.add(BundleJar.read(target, archive.getFileName() + "!/" + entry)); //$NON-NLS-1$
            }
        } catch (IOException e) {
            throw new PluginException(NLS.bind(Messages.Install_notAJar, archive.getFileName(), e.getMessage()), List.of());
        }
        return jars;
    }

    @Override
    public void close() {
        try (var files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            // A scratch copy left in the temporary folder harms nothing; the install itself is done.
        }
    }
}
