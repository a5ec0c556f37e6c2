package org.vigil.core.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** A folder in the workspace Vigil runs on ({@code -data}; {@code ~/.vigil/workspace} without one). */
public final class WorkspaceFolder {

    private WorkspaceFolder() {
    }

    /**
     * @param context a bundle context of the running framework
     * @param child a directory name
     * @return the directory inside the workspace ({@code -data}; {@code ~/.vigil/workspace} without one)
     */
    public static Path of(BundleContext context, String child) {
        String area = context.getProperty("osgi.instance.area"); //$NON-NLS-1$
        if (area == null) {
            return Path.of(System.getProperty("user.home"), ".vigil", "workspace", child); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String path = area.replaceFirst("^file:", ""); //$NON-NLS-1$ //$NON-NLS-2$
        // Equinox writes Windows areas as file:/C:/...; the slash before the drive is not part of the path.
        return Path.of(path.matches("/[A-Za-z]:.*") ? path.substring(1) : path, child); //$NON-NLS-1$
    }
}
