package org.vigil.events.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the search part, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Range_15m;
    public static String Range_1h;
    public static String Range_24h;
    public static String Range_7d;
    public static String Range_30d;
    public static String Range_custom;
    public static String Range_absolute;
    public static String Absolute_title;
    public static String Absolute_from;
    public static String Absolute_to;
    public static String Absolute_zone;
    public static String Absolute_order;
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

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
