package org.vigil.elasticsearch;

import java.util.Objects;

/**
 * A cluster could not be used as asked. The message is written for the operator (translated,
 * naming the node address and, where it matters, the user); {@link #reason()} lets code react
 * to the kind of failure, for example by asking for the password again after
 * {@link Reason#AUTHENTICATION}.
 */
public class ConnectionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure the operator can do something about, each in its own way. */
    public enum Reason {
        /** Nothing answers at the address: refused, unknown host, no route. */
        UNREACHABLE,
        /** The node did not answer in time. */
        TIMEOUT,
        /** TLS failed: untrusted certificate, wrong host name, or no TLS on the other side. */
        TLS,
        /** The CA certificate named by the profile cannot be read. */
        CA_CERTIFICATE,
        /** HTTP 401: no credentials, or a wrong user name or password. */
        AUTHENTICATION,
        /** HTTP 403: the user is known but lacks the privilege for the request. */
        FORBIDDEN,
        /** Something answers, but it is not Elasticsearch. */
        NOT_ELASTICSEARCH,
        /** Elasticsearch refused the request itself (another 4xx or 5xx status). */
        REJECTED,
        /** Any other input/output failure. */
        OTHER
    }

    private final Reason reason;

    private final String location;

    /**
     * @param message the operator-facing, translated explanation
     * @param reason the kind of failure
     * @param location the node address or addresses the failure happened at, as shown to users
     * @param cause the failure reported by the client library, or {@code null}
     */
    public ConnectionFailedException(String message, Reason reason, String location, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.location = Objects.requireNonNull(location, "location");
    }

    /** @return the kind of failure */
    public Reason reason() {
        return reason;
    }

    /** @return the node address or addresses the failure happened at */
    public String location() {
        return location;
    }
}
