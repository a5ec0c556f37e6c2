package org.vigil.events.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the search part, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Histogram_hits;
    public static String Export_button;
    public static String Export_job;
    public static String Export_progress;
    public static String Export_done;
    public static String Export_failed;
    public static String Export_cancelled;
    public static String Export_csv;
    public static String Export_ndjson;
    public static String Export_title;
    public static String Completion_loading;
    public static String Completion_job;
    public static String Table_loading;
    public static String Saved_button;
    public static String Saved_save;
    public static String Saved_delete;
    public static String Saved_title;
    public static String Saved_prompt;
    public static String Saved_badName;
    public static String Preferences_saving;
    public static String Sidebar_field;
    public static String Sidebar_type;
    public static String Sidebar_value;
    public static String Sidebar_share;
    public static String Sidebar_percent;
    public static String Sidebar_noValues;
    public static String Search_button;
    public static String Search_cancel;
    public static String Search_queryHint;
    public static String Search_kql;
    public static String Search_lucene;
    public static String Search_noSource;
    public static String Search_allSources;
    public static String Search_sourceLeftOut;
    public static String Search_running;
    public static String Search_job;
    public static String Search_hits;
    public static String Search_cancelled;
    public static String Search_failed;
    public static String Search_syntaxError;
    public static String Column_time;
    public static String Column_document;
    public static String Column_system;
    public static String Column_systemCell;
    public static String Detail_field;
    public static String Detail_value;
    public static String Detail_fieldsTab;
    public static String Detail_jsonTab;
    public static String Detail_filterFor;
    public static String Detail_filterOut;
    public static String Detail_toggleColumn;

    public static String Import_title;
    public static String Import_heading;
    public static String Import_message;
    public static String Import_files;
    public static String Import_addFiles;
    public static String Import_addFolder;
    public static String Import_remove;
    public static String Import_format;
    public static String Import_detect;
    public static String Import_formatItem;
    public static String Import_zone;
    public static String Import_zoneHint;
    public static String Import_target;
    public static String Import_noTarget;
    public static String Import_noFiles;
    public static String Import_badZone;
    public static String Import_chooseFiles;
    public static String Import_chooseFolder;
    public static String Import_jobFolder;
    public static String Import_folderUnreadable;
    public static String Import_start;
    public static String Import_running;
    public static String Import_starting;
    public static String Import_cancelling;
    public static String Import_complete;
    public static String Import_incomplete;
    public static String Import_job;
    public static String Import_progress;
    public static String Import_fileImported;
    public static String Import_fileCancelled;
    public static String Import_fileFailed;
    public static String Import_total;
    public static String Import_cancelledKept;
    public static String Import_noRejections;
    public static String Import_rejections;
    public static String Import_conflicts;
    public static String Import_conflict;
    public static String Import_columnFile;
    public static String Import_columnLine;
    public static String Import_columnReason;
    public static String Import_copy;
    public static String Import_copyHint;
    public static String Import_copied;
    public static String Import_save;
    public static String Import_saveTitle;
    public static String Import_jobSave;
    public static String Import_saveFailed;
    public static String Import_saved;
    public static String Import_failed;
    public static String Import_noReport;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
