package org.vigil.dashboards.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the dashboards, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String File_theFile;
    public static String File_aPanel;
    public static String File_empty;
    public static String File_trailing;
    public static String File_malformed;
    public static String File_notUtf8;
    public static String File_noFormat;
    public static String File_badFormat;
    public static String File_newer;
    public static String File_notObject;
    public static String File_notList;
    public static String File_notText;
    public static String File_notNumber;
    public static String File_notBoolean;
    public static String File_missing;
    public static String File_unknownKey;
    public static String File_badId;
    public static String File_unknownKind;
    public static String File_unknownStyle;
    public static String File_unknownFunction;
    public static String File_metricField;
    public static String File_fieldCount;
    public static String File_badGrid;
    public static String File_badSize;
    public static String File_badLevel;
    public static String File_badTime;
    public static String File_badQuery;
    public static String File_twoPanels;
    public static String File_blankEnglish;
    public static String Store_cannotRead;
    public static String Store_cannotWrite;
    public static String Run_noSource;
    public static String Run_noRegistry;
    public static String Run_noCaseStore;
    public static String Run_unknownAgency;
    public static String Run_badQuery;
    public static String Run_cancelled;
    public static String Run_failed;
    public static String Run_historyByLevel;
    public static String Run_notCountable;
    public static String Schedule_exists;
    public static String Schedule_unknown;
    public static String Schedule_badFile;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
