package org.vigil.examples.source;

import org.eclipse.osgi.util.NLS;

/** The example's user-visible strings: a source's name is shown in the UI, so it is translated. */
final class Messages extends NLS {

    public static String ExampleSource_name;
    public static String Folders_notAFolder;
    public static String Folders_skipped;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
