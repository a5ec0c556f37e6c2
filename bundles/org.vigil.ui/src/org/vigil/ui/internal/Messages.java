package org.vigil.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench shell, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Status_source;
    public static String Status_noSource;
    public static String Status_sourceTooltip;
    public static String About_title;
    public static String About_version;
    public static String About_runtime;
    public static String About_bundles;
    public static String About_sources;
    public static String About_column_name;
    public static String About_column_bundle;
    public static String About_column_version;
    public static String About_column_state;
    public static String About_column_services;
    public static String About_column_source;
    public static String About_column_kind;
    public static String About_column_location;
    public static String Preferences_title;
    public static String Preferences_theme;
    public static String Preferences_themeHint;
    public static String Preferences_language;
    public static String Preferences_sourceTimeLimit;
    public static String Preferences_sourceTimeLimitHint;
    public static String Plugins_title;
    public static String Plugins_intro;
    public static String Plugins_install;
    public static String Plugins_start;
    public static String Plugins_stop;
    public static String Plugins_uninstall;
    public static String Plugins_signing;
    public static String Plugins_requireSigned;
    public static String Plugins_certificateSubject;
    public static String Plugins_certificateFingerprint;
    public static String Plugins_certificateValidUntil;
    public static String Plugins_trust;
    public static String Plugins_distrust;
    public static String Plugins_jobLoad;
    public static String Plugins_jobChange;
    public static String Plugins_none;
    public static String Plugins_installTitle;
    public static String Plugins_installing;
    public static String Plugins_installed;
    public static String Plugins_started;
    public static String Plugins_stopped;
    public static String Plugins_uninstallTitle;
    public static String Plugins_uninstallQuestion;
    public static String Plugins_uninstalled;
    public static String Plugins_signingOn;
    public static String Plugins_signingOff;
    public static String Plugins_trustTitle;
    public static String Plugins_trusted;
    public static String Plugins_distrusted;
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

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
