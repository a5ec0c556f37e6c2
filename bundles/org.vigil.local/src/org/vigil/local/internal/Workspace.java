package org.vigil.local.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.vigil.core.internal.WorkspaceFolder;

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
        return WorkspaceFolder.of(context, child);
    }
}
