package org.vigil.events.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the source SPI, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Source_cannotAggregate;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
