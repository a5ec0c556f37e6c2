package org.vigil.ingest.internal;

import org.eclipse.osgi.util.NLS;

/** Format names and rejection reasons, shown in the import dialog and the CLI's import report. */
final class Messages extends NLS {

    public static String Format_ecs;
    public static String Format_suricata;
    public static String Format_zeekJson;
    public static String Format_zeekTsv;
    public static String Format_csv;
    public static String Format_syslog;
    public static String Rejection_badJson;
    public static String Rejection_notJsonObject;
    public static String Rejection_missingField;
    public static String Rejection_badTimestamp;
    public static String Rejection_badValue;
    public static String Rejection_noFieldsHeader;
    public static String Rejection_columnCount;
    public static String Rejection_noTimeColumn;
    public static String Rejection_unclosedQuote;
    public static String Rejection_notSyslog;
    public static String Rejection_badPriority;
    public static String Rejection_badStructuredData;
    public static String Rejection_truncatedFile;
    public static String Rejection_unexpected;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
