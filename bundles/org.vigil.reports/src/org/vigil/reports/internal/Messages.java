package org.vigil.reports.internal;

import org.eclipse.osgi.util.NLS;

/** Why a report file could not be written, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Report_isFolder;
    public static String Report_noFolder;
    public static String Report_denied;
    public static String Report_failed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
