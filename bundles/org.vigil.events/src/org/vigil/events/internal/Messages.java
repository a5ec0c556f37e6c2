package org.vigil.events.internal;

import org.eclipse.osgi.util.NLS;

/** What a search over several sources says about the sources that did not answer. */
public final class Messages extends NLS {

    public static String Multi_timedOut;
    public static String Multi_crashed;
    public static String Multi_allFailed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
