package org.vigil.cases;

/**
 * The kind of incident. No official list was found (docs/DOMAIN notes); these follow what a
 * provincial SOC reports and can be mapped to another list in the report.
 */
public enum Category {
    /** Port or vulnerability scanning. */
    NETWORK_SCAN,
    /** Malware or a connection to a command-and-control server. */
    MALWARE_C2,
    /** A web attack or defacement. */
    WEB_ATTACK,
    /** An exploited vulnerability. */
    EXPLOITED_VULNERABILITY,
    /** Phishing or online fraud. */
    PHISHING_FRAUD,
    /** A data leak. */
    DATA_LEAK,
    /** Denial of service. */
    DENIAL_OF_SERVICE,
    /** A compromised account. */
    ACCOUNT_COMPROMISE,
    /** Anything else. */
    OTHER
}
