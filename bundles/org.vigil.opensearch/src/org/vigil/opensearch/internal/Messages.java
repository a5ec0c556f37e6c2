package org.vigil.opensearch.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the OpenSearch source, translated in messages*.properties. */
public final class Messages extends NLS {

    public static String Failure_unreachable;
    public static String Failure_denied;
    public static String Failure_forbidden;
    public static String Failure_badQuery;
    public static String Failure_server;
    public static String Failure_answer;
    public static String Failure_cursor;
    public static String Failure_url;
    public static String Failure_ca;
    public static String Sources_skipped;
    public static String Sources_noUrl;
    public static String Sources_noPassword;
    public static String Sources_unreadable;
    public static String Sources_badUrl;
    public static String Sources_caWithoutTls;
    public static String Sources_caMissing;
    public static String Sources_connected;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
