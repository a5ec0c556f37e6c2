package org.vigil.cases;

/** The kinds of observable a case holds; {@link Observables} validates each. */
public enum ObservableType {
    /** An IPv4 or IPv6 address. */
    IP,
    /** An address block such as {@code 10.0.0.0/8}. */
    CIDR,
    /** A domain name. */
    DOMAIN,
    /** An {@code http(s)} or {@code ftp} address. */
    URL,
    /** An MD5 file hash (32 hex digits). */
    MD5,
    /** A SHA-1 file hash (40 hex digits). */
    SHA1,
    /** A SHA-256 file hash (64 hex digits). */
    SHA256,
    /** An e-mail address. */
    EMAIL,
    /** A user account. */
    ACCOUNT,
    /** A file name. */
    FILE_NAME
}
