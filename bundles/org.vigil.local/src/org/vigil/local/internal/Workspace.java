package org.vigil.local.internal;

import java.nio.file.Path;

/** Where the embedded stores live: directories of the workspace the framework was started on. */
public final class Workspace {

    private Workspace() {
    }

    /**
     * @param instanceArea the framework's {@code osgi.instance.area}, or null when unset
     * @param child the store's directory name
     * @return that directory inside the workspace ({@code ~/.vigil/workspace} when none is set)
     */
    public static Path directory(String instanceArea, String child) {
        String area = instanceArea == null ? System.getProperty("user.home") + "/.vigil/workspace" : instanceArea; //$NON-NLS-1$ //$NON-NLS-2$
        String path = area.startsWith("file:") ? area.substring("file:".length()) : area; //$NON-NLS-1$ //$NON-NLS-2$
        // Equinox writes Windows areas as file:/C:/...; the slash before the drive is not part of the path.
        return Path.of(path.matches("/[A-Za-z]:.*") ? path.substring(1) : path, child); //$NON-NLS-1$
    }
}
