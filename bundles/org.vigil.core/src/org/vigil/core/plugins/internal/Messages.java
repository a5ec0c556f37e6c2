package org.vigil.core.plugins.internal;

import org.eclipse.osgi.util.NLS;

/** Why a plugin was refused, in the user's language; shown by the CLI and the Plugins view. */
final class Messages extends NLS {

    public static String Install_refused;
    public static String Install_noSuchFile;
    public static String Install_notAJar;
    public static String Install_notABundle;
    public static String Install_duplicate;
    public static String Install_twiceInArchive;
    public static String Resolve_missing;
    public static String Resolve_wrongVersion;
    public static String Resolve_unknown;
    public static String Signature_unsigned;
    public static String Signature_untrusted;
    public static String Signature_broken;
    public static String Signature_noTrusted;
    public static String Signing_unreadable;
    public static String Signing_unwritable;
    public static String Trust_refused;
    public static String Trust_noCertificate;
    public static String Trust_unknown;
    public static String Start_failed;
    public static String Stop_failed;
    public static String Uninstall_failed;
    public static String Restore_refused;
    public static String Restore_failed;
    public static String Plugin_unknown;
    public static String Plugin_builtIn;
    public static String Plugin_installed;
    public static String Plugin_noneInstalled;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
