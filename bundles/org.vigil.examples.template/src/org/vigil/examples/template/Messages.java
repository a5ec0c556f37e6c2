package org.vigil.examples.template;

import org.eclipse.osgi.util.NLS;

/** The template's user-visible strings: the source's name and its errors are shown in the UI. */
final class Messages extends NLS {

    public static String DenySource_name;
    public static String DenyRecords_badRow;
    public static String DenyRecords_badHeader;
    public static String DenyRecords_columns;
    public static String DenyRecords_badValue;
    public static String DenyRecords_unreadable;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
