package org.vigil.cases.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Cases perspective, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Filter_search;
    public static String Filter_anyStatus;
    public static String Filter_anySeverity;
    public static String Filter_anyCategory;
    public static String Filter_assignee;
    public static String Filter_overdue;
    public static String Action_new;
    public static String Action_open;
    public static String Action_refresh;
    public static String Cases_jobLoad;
    public static String Cases_jobSave;
    public static String Cases_count;
    public static String Cases_countStatus;
    public static String Cases_noStore;
    public static String Cases_created;
    public static String Cases_saved;
    public static String Column_number;
    public static String Column_title;
    public static String Column_severity;
    public static String Column_status;
    public static String Column_category;
    public static String Column_assignee;
    public static String Column_updated;
    public static String New_title;
    public static String New_message;
    public static String New_template;
    public static String New_blank;
    public static String New_caseTitle;
    public static String Editor_title;
    public static String Editor_message;
    public static String Editor_tabOverview;
    public static String Editor_tabObservables;
    public static String Editor_tabTasks;
    public static String Editor_tabEvidence;
    public static String Editor_tabTimeline;
    public static String Editor_fieldTitle;
    public static String Editor_description;
    public static String Editor_severity;
    public static String Editor_tlp;
    public static String Editor_pap;
    public static String Editor_category;
    public static String Editor_tags;
    public static String Editor_assignee;
    public static String Editor_status;
    public static String Editor_resolution;
    public static String Editor_summary;
    public static String Editor_none;
    public static String Editor_error;
    public static String Observables_type;
    public static String Observables_value;
    public static String Observables_ioc;
    public static String Observables_note;
    public static String Observables_add;
    public static String Observables_remove;
    public static String Observables_pivot;
    public static String Observables_pivotCopied;
    public static String Observables_noPivot;
    public static String Tasks_title;
    public static String Tasks_mandatory;
    public static String Tasks_doneBy;
    public static String Tasks_yes;
    public static String Tasks_newTitle;
    public static String Tasks_add;
    public static String Evidence_time;
    public static String Evidence_source;
    public static String Evidence_index;
    public static String Evidence_event;
    public static String Evidence_added;
    public static String Timeline_time;
    public static String Timeline_who;
    public static String Timeline_what;
    public static String Timeline_change;
    public static String Timeline_newComment;
    public static String Timeline_add;
    public static String Timeline_jobLoad;
    public static String Conflict_title;
    public static String Conflict_message;
    public static String Conflict_field;
    public static String Conflict_theirs;
    public static String Conflict_yours;
    public static String Conflict_by;
    public static String Conflict_reapply;
    public static String Conflict_reapplied;
    public static String Observables_unknownType;
    public static String Editor_save;
    public static String Editor_export;
    public static String Export_pdfVi;
    public static String Export_pdfEn;
    public static String Export_markdownVi;
    public static String Export_markdownEn;
    public static String Export_filterPdf;
    public static String Export_filterMarkdown;
    public static String Export_job;
    public static String Export_done;
    public static String FromEvents_title;
    public static String FromEvents_message;
    public static String FromEvents_defaultTitle;
    public static String FromEvents_noTitle;
    public static String AddEvents_title;
    public static String AddEvents_message;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
