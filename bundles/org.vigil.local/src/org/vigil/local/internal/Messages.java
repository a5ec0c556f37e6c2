package org.vigil.local.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the embedded store, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String EmbeddedSource_name;
    public static String Query_badValue;
    public static String Query_noWildcard;
    public static String Query_badDate;
    public static String Store_cannotOpen;
    public static String Store_ioFailure;
    public static String Store_badCursor;
    public static String Aggregate_unknownField;
    public static String Aggregate_notNumeric;
    public static String CaseStore_name;
    public static String CaseStore_failed;
    public static String CaseStore_demoFailed;
    public static String Registry_cannotOpen;
    public static String Registry_inUse;
    public static String Registry_storage;
    public static String Registry_unreadableRules;
    public static String Registry_demoFailed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
