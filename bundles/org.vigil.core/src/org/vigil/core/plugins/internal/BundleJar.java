package org.vigil.core.plugins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Constants;
import org.vigil.core.plugins.PluginException;

/**
 * A jar about to be installed, with the identity its manifest declares.
 *
 * @param file the jar on disk
 * @param origin how the user named it: the file, or the archive and the entry
 * @param symbolicName its {@code Bundle-SymbolicName} without directives
 * @param version its {@code Bundle-Version}, {@code 0.0.0} when absent
 */
record BundleJar(Path file, String origin, String symbolicName, String version) {

    /**
     * @param file a jar
     * @param origin how the user named it
     * @return the jar's bundle identity
     * @throws PluginException when the file is no jar or its manifest declares no bundle
     */
    static BundleJar read(Path file, String origin) throws PluginException {
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String name = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (name == null || name.isBlank()) {
                throw new PluginException(NLS.bind(Messages.Install_notABundle, origin), List.of());
            }
            String version = main.getValue(Constants.BUNDLE_VERSION);
            return new BundleJar(file, origin, name.split(";", 2)[0].trim(), //$NON-NLS-1$
                    version == null ? "0.0.0" : version.trim()); //$NON-NLS-1$
        } catch (IOException e) {
            throw new PluginException(NLS.bind(Messages.Install_notAJar, origin, e.getMessage()), List.of());
        }
    }

    /** @return the file name under which the plugin store keeps this jar */
    String storedName() {
        return symbolicName + '_' + version + ".jar"; //$NON-NLS-1$
    }
}
