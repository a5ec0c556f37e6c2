package org.vigil.events.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the source SPI and of a search over several sources, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Source_cannotAggregate;
    public static String Multi_timedOut;
    public static String Multi_crashed;
    public static String Multi_allFailed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
