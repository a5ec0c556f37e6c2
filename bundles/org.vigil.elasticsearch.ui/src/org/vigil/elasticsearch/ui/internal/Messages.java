package org.vigil.elasticsearch.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the data-source settings, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Sources_title;
    public static String Sources_intro;
    public static String Sources_columnName;
    public static String Sources_columnId;
    public static String Sources_columnUrl;
    public static String Sources_columnIndex;
    public static String Sources_columnUser;
    public static String Sources_add;
    public static String Sources_edit;
    public static String Sources_remove;
    public static String Sources_check;
    public static String Sources_jobLoad;
    public static String Sources_jobSave;
    public static String Sources_jobCheck;
    public static String Sources_none;
    public static String Sources_saved;
    public static String Sources_removeTitle;
    public static String Sources_removeQuestion;
    public static String Sources_removed;
    public static String Sources_checking;
    public static String Sources_connected;
    public static String Edit_titleNew;
    public static String Edit_titleChange;
    public static String Edit_titleOf;
    public static String Edit_message;
    public static String Edit_id;
    public static String Edit_idHint;
    public static String Edit_name;
    public static String Edit_url;
    public static String Edit_urlHint;
    public static String Edit_index;
    public static String Edit_indexHint;
    public static String Edit_timestamp;
    public static String Edit_user;
    public static String Edit_userHint;
    public static String Edit_password;
    public static String Edit_passwordKeep;
    public static String Edit_ca;
    public static String Edit_browse;
    public static String Edit_check;
    public static String Edit_save;
    public static String Edit_saving;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
