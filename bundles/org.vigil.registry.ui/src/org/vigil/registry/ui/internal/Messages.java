package org.vigil.registry.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Registry perspective, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Filter_search;
    public static String Filter_anyLevel;
    public static String Filter_anyDossier;
    public static String Filter_anyPlan;
    public static String Filter_overdue;
    public static String Action_new;
    public static String Action_edit;
    public static String Action_delete;
    public static String Action_refresh;
    public static String Registry_jobLoad;
    public static String Registry_jobSave;
    public static String Registry_count;
    public static String Registry_saved;
    public static String Registry_savedWithWarnings;
    public static String Registry_deleteTitle;
    public static String Registry_deleteQuestion;
    public static String Registry_deleted;
    public static String Tree_all;
    public static String Tree_agency;
    public static String Tree_system;
    public static String Column_name;
    public static String Column_agency;
    public static String Column_level;
    public static String Column_type;
    public static String Column_dossier;
    public static String Column_plan;
    public static String Column_layers;
    public static String Column_compliance;
    public static String Column_overdue;
    public static String Column_openCases;
    public static String Activity_none;
    public static String Activity_group;
    public static String Activity_heading;
    public static String Activity_headingNoStore;
    public static String Activity_number;
    public static String Activity_title;
    public static String Activity_severity;
    public static String Activity_status;
    public static String Activity_job;
    public static String Activity_counting;
    public static String Activity_counts;
    public static String Activity_failed;
    public static String Activity_noSource;
    public static String Activity_cancel;
    public static String Activity_cancelled;
    public static String Compliance_progress;
    public static String Compliance_overdue;
    public static String Compliance_target;
    public static String Compliance_deadline;
    public static String Compliance_province;
    public static String Compliance_trend;
    public static String Compliance_noTrend;
    public static String Compliance_figures;
    public static String Editor_titleNew;
    public static String Editor_titleChange;
    public static String Editor_message;
    public static String Editor_tabGeneral;
    public static String Editor_tabProtection;
    public static String Editor_tabAssets;
    public static String Editor_tabRequirements;
    public static String Editor_requirementsHint;
    public static String Editor_saving;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
