package org.vigil.dashboards.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Dashboards perspective, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Part_dashboard;
    public static String Part_filter;
    public static String Part_filterHint;
    public static String Part_agency;
    public static String Part_level;
    public static String Part_source;
    public static String Part_all;
    public static String Part_levelValue;
    public static String Part_defaultSource;
    public static String Part_refresh;
    public static String Part_refreshOff;
    public static String Part_refresh30s;
    public static String Part_refresh1m;
    public static String Part_refresh5m;
    public static String Part_edit;
    public static String Part_saved;
    public static String Part_noService;
    public static String Part_loadFailed;
    public static String Part_problems;
    public static String Part_choicesFailed;
    public static String Part_badFilter;
    public static String Part_empty;
    public static String Panel_loading;
    public static String Panel_notAvailable;
    public static String Panel_cancelled;
    public static String Panel_noData;
    public static String Panel_previous;
    public static String Panel_up;
    public static String Panel_down;
    public static String Panel_same;
    public static String Panel_approximate;
    public static String Panel_menu;
    public static String Menu_csv;
    public static String Menu_copyPng;
    public static String Menu_savePng;
    public static String Menu_saveSvg;
    public static String Menu_exported;
    public static String Menu_writeFailed;
    public static String Menu_copied;
    public static String Drill_noInvestigate;
    public static String Drill_job;
    public static String Edit_add;
    public static String Edit_panel;
    public static String Edit_remove;
    public static String Edit_left;
    public static String Edit_right;
    public static String Edit_up;
    public static String Edit_down;
    public static String Edit_wider;
    public static String Edit_narrower;
    public static String Edit_taller;
    public static String Edit_shorter;
    public static String Edit_undo;
    public static String Edit_undoWhat;
    public static String Edit_redo;
    public static String Edit_redoWhat;
    public static String Edit_save;
    public static String Edit_saveAs;
    public static String Edit_export;
    public static String Edit_import;
    public static String Edit_done;
    public static String Edit_discard;
    public static String Edit_unsaved;
    public static String Edit_savedAs;
    public static String Edit_shippedCopy;
    public static String Edit_saveFailed;
    public static String Edit_importFailed;
    public static String Edit_imported;
    public static String Edit_copyTitle;
    public static String Edit_saveAsTitle;
    public static String Edit_saveAsMessage;
    public static String Edit_id;
    public static String Edit_title;
    public static String Edit_titleVi;
    public static String Edit_badId;
    public static String Edit_takenId;
    public static String Edit_blankTitle;
    public static String Edit_move;
    public static String Edit_resize;
    public static String Edit_removed;
    public static String Edit_added;
    public static String Edit_changed;
    public static String Panel_dialogTitle;
    public static String Panel_dialogMessage;
    public static String Panel_kind;
    public static String Panel_query;
    public static String Panel_fields;
    public static String Panel_fieldsHint;
    public static String Panel_size;
    public static String Panel_style;
    public static String Panel_width;
    public static String Panel_height;
    public static String Panel_compare;
    public static String Panel_metric;
    public static String Panel_metricField;
    public static String Panel_split;
    public static String Panel_badQuery;
    public static String Panel_badFields;
    public static String Panel_badMetric;

    public static String Schedules_open;
    public static String Schedules_title;
    public static String Schedules_intro;
    public static String Schedules_job;
    public static String Schedules_lastRun;
    public static String Schedules_never;
    public static String Schedules_wrote;
    public static String Schedules_failed;
    public static String Schedules_none;
    public static String Schedules_add;
    public static String Schedules_remove;
    public static String Schedules_runNow;
    public static String Schedules_running;
    public static String Schedules_ran;
    public static String Schedules_added;
    public static String Schedules_removed;
    public static String Schedules_chooseOne;
    public static String Schedule_addTitle;
    public static String Schedule_id;
    public static String Schedule_dashboard;
    public static String Schedule_every;
    public static String Schedule_language;
    public static String Schedule_format;
    public static String Schedule_folder;
    public static String Schedule_browse;
    public static String Schedule_weekly;
    public static String Schedule_monthly;
    public static String Schedule_quarterly;
    public static String Schedule_halfYearly;
    public static String Schedule_badId;
    public static String Schedule_takenId;
    public static String Schedule_noDashboard;
    public static String Schedule_badFolder;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
