package org.vigil.elasticsearch.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Elasticsearch connection, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Profile_nameBlank;
    public static String Profile_noNodes;
    public static String Profile_nodeScheme;
    public static String Profile_nodeHost;
    public static String Profile_nodeUserInfo;
    public static String Profile_nodeExtra;
    public static String Profile_mixedSchemes;
    public static String Profile_mixedPaths;
    public static String Profile_userBlank;
    public static String Profile_userColon;
    public static String Profile_userWithoutPassword;
    public static String Profile_passwordWithoutUser;
    public static String Profile_caWithoutTls;

    public static String Failure_caMissing;
    public static String Failure_caUnreadable;
    public static String Failure_caInvalid;
    public static String Failure_caEmpty;
    public static String Failure_unreachable;
    public static String Failure_unknownHost;
    public static String Failure_timeout;
    public static String Failure_tlsUntrusted;
    public static String Failure_tlsHostname;
    public static String Failure_notTls;
    public static String Failure_tls;
    public static String Failure_closed;
    public static String Failure_closedHttp;
    public static String Failure_authentication;
    public static String Failure_authenticationRequired;
    public static String Failure_forbidden;
    public static String Failure_notElasticsearch;
    public static String Failure_noNodeDescription;
    public static String Failure_rejected;

    public static String Operation_checkWrite;
    public static String Operation_import;
    public static String Import_notSearched;
    public static String Import_notAllowed;
    public static String Import_refused;
    public static String Import_refusedSome;
    public static String Import_stillRejected;
    public static String Import_countMismatch;
    public static String Failure_io;

    public static String Source_failed;
    public static String Source_badQuery;
    public static String Sources_skipped;
    public static String Sources_unknownKey;
    public static String Sources_missingUrl;
    public static String Sources_badUrl;
    public static String Sources_unreadable;
    public static String Sources_connected;
    public static String Sources_noWorkspace;
    public static String Sources_badId;
    public static String Sources_blankName;
    public static String Sources_badIndex;
    public static String Sources_blankTimestamp;
    public static String Sources_keyFileFailed;
    public static String Source_badCursor;
    public static String Source_noAnswer;

    public static String Operation_fields;
    public static String Operation_search;
    public static String Operation_count;
    public static String Operation_histogram;
    public static String Operation_topTerms;
    public static String Operation_aggregate;

    public static String Cases_storeName;
    public static String Cases_failed;
    public static String Cases_counterBusy;
    public static String Cases_halfMerged;
    public static String Cases_auditPending;

    public static String Registry_name;
    public static String Registry_failed;
    public static String Registry_readOnly;
    public static String Registry_notTakenBack;
    public static String Sources_registryUnknown;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
