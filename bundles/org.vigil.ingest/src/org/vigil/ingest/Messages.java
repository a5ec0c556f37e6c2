package org.vigil.ingest;

import org.eclipse.osgi.util.NLS;

/** Why a file was not imported, shown in the import report of the workbench and the CLI. */
final class Messages extends NLS {

    public static String Import_noSuchFile;
    public static String Import_accessDenied;
    public static String Import_unreadable;
    public static String Import_unknownFormat;
    public static String Import_noSuchFormat;
    public static String Import_targetFailed;
    public static String Import_formatFailed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
