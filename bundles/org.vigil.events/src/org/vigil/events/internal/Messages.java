package org.vigil.events.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the source SPI and of a search over several sources, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Source_cannotAggregate;
    public static String Guard_timedOut;
    public static String Guard_crashed;
    public static String Guard_garbage;
    public static String Multi_allFailed;
    public static String Dsl_value;
    public static String Dsl_wildcard;
    public static String Dsl_range;
    public static String Dsl_date;
    public static String Dsl_type_ip;
    public static String Dsl_type_date;
    public static String Dsl_type_long;
    public static String Dsl_type_double;
    public static String Dsl_type_boolean;
    public static String Dsl_type_keyword;
    public static String Dsl_type_text;
    public static String Settings_badId;
    public static String Settings_unknownKind;
    public static String Settings_unknownSetting;
    public static String Settings_secretInFile;
    public static String Settings_required;
    public static String Settings_notInteger;
    public static String Settings_notNumber;
    public static String Settings_notBoolean;
    public static String Settings_notAnOption;
    public static String Settings_notUrl;
    public static String Settings_notPath;
    public static String Settings_noConnectionCheck;
    public static String Settings_noWorkspace;
    public static String Settings_secureStorageFailed;
    public static String Settings_secureStorageUnreadable;
    public static String Settings_noSecureStorage;
    public static String Dsl_aggregate_textField;
    public static String Dsl_aggregate_unknownField;
    public static String Dsl_aggregate_notNumeric;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
