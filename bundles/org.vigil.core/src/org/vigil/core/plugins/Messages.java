package org.vigil.core.plugins;

import org.eclipse.osgi.util.NLS;

/** Translated names of plug-in states, shared by the CLI and the About dialog. */
final class Messages extends NLS {

    public static String PluginState_INSTALLED;
    public static String PluginState_RESOLVED;
    public static String PluginState_STARTING;
    public static String PluginState_ACTIVE;
    public static String PluginState_STOPPING;
    public static String PluginState_UNINSTALLED;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
