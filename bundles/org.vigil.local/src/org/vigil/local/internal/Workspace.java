package org.vigil.local.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** Where the embedded stores keep their files: under the workspace the framework runs on. */
public final class Workspace {

    private Workspace() {
    }

    /**
     * @param context a bundle context of the running framework
     * @param child the store's directory name
     * @return the directory inside the workspace ({@code -data}; {@code ~/.vigil/workspace} without one)
     */
    public static Path directory(BundleContext context, String child) {
        String instanceArea = context.getProperty("osgi.instance.area"); //$NON-NLS-1$
        String area = instanceArea == null ? System.getProperty("user.home") + "/.vigil/workspace" : instanceArea; //$NON-NLS-1$ //$NON-NLS-2$
        String path = area.startsWith("file:") ? area.substring("file:".length()) : area; //$NON-NLS-1$ //$NON-NLS-2$
        // Equinox writes Windows areas as file:/C:/...; the slash before the drive is not part of the path.
        return Path.of(path.matches("/[A-Za-z]:.*") ? path.substring(1) : path, child); //$NON-NLS-1$
    }
}
