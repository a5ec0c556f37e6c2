package org.vigil.cases.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the case rules and stores, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Workflow_closedReadOnly;
    public static String Workflow_illegalMove;
    public static String Workflow_needsResolution;
    public static String Workflow_needsSummary;
    public static String Workflow_onlyDismissal;
    public static String Workflow_openMandatoryTasks;
    public static String Observable_invalid;
    public static String Observable_empty;
    public static String Observable_notIp;
    public static String Observable_noPrefix;
    public static String Observable_badPrefix;
    public static String Observable_notDomain;
    public static String Observable_notUrl;
    public static String Observable_hashLength;
    public static String Observable_notHex;
    public static String Observable_notEmail;
    public static String Observable_tooLong;
    public static String Store_createStatus;
    public static String Store_numberTaken;
    public static String Store_mergedAlready;
    public static String Store_mergeSelf;
    public static String Store_notFound;
    public static String Store_badNumber;
    public static String Store_conflict;
    public static String Rule_titleRequired;
    public static String Rule_taskTitle;
    public static String Rule_unknownAssignee;
    public static String Rule_commentEmpty;
    public static String Rule_templateName;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
