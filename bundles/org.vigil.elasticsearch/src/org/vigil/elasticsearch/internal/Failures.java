package org.vigil.elasticsearch.internal;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.core5.http.ConnectionClosedException;
import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionFailedException.Reason;
import org.vigil.elasticsearch.ConnectionProfile;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;

/**
 * Turns what the client library throws into a {@link ConnectionFailedException} an operator
 * can act on: what failed, at which address, for which user.
 */
public final class Failures {

    /** What the client says when a response lacks Elastic's product header. */
    private static final String PRODUCT_HEADER = "X-Elastic-Product";

    /**
     * What the JDK says when TLS meets a peer that does not speak it: "Unsupported or
     * unrecognized SSL message" up to Java 21, "Unrecognized SSL message, plaintext
     * connection?" since; compared in lower case.
     */
    private static final String NOT_TLS = "unrecognized ssl message";

    /** More causes than any real chain has; guards against a cycle. */
    private static final int MAX_CAUSES = 32;

    private final ConnectionProfile profile;

    /** @param profile the profile whose nodes and user the messages name */
    public Failures(ConnectionProfile profile) {
        this.profile = profile;
    }

    /**
     * @param failure what the client threw: an {@link ElasticsearchException}, a
     *            {@link TransportException}, the low-level client's {@link ResponseException}
     *            or another {@link java.io.IOException}
     * @return the failure as the operator should read it
     */
    public ConnectionFailedException explain(Exception failure) {
        if (failure instanceof ElasticsearchException refused) {
            return fromStatus(refused.status(), describe(refused.error()), refused);
        }
        if (failure instanceof TransportException transport && isMissingProductHeader(transport)) {
            return fail(Reason.NOT_ELASTICSEARCH, Messages.Failure_notElasticsearch, transport.getMessage(), transport);
        }
        if (failure instanceof TransportException transport && transport.statusCode() >= 400) {
            return fromStatus(transport.statusCode(), transport.getMessage(), transport);
        }
        if (failure instanceof ResponseException refused) {
            return fromStatus(refused.getResponse().getStatusCode(), SearchResponses.error(refused.getResponse()),
                    refused);
        }
        return fromIo(failure);
    }

    /** @return the failure of a node that answered a nodes info request without itself */
    public ConnectionFailedException noNodeDescription() {
        return fail(Reason.NOT_ELASTICSEARCH, Messages.Failure_noNodeDescription, "", null);
    }

    private ConnectionFailedException fromStatus(int status, String detail, Exception cause) {
        return switch (status) {
            case 401 -> profile.hasCredentials()
                    ? fail(Reason.AUTHENTICATION, Messages.Failure_authentication, profile.username(), cause)
                    : fail(Reason.AUTHENTICATION, Messages.Failure_authenticationRequired, "", cause);
            case 403 -> new ConnectionFailedException(
                    NLS.bind(Messages.Failure_forbidden, new Object[] { profile.location(), user(), detail }),
                    Reason.FORBIDDEN, profile.location(), cause);
            default -> new ConnectionFailedException(
                    NLS.bind(Messages.Failure_rejected, new Object[] { profile.location(), status, detail }),
                    Reason.REJECTED, profile.location(), cause);
        };
    }

    private ConnectionFailedException fromIo(Exception failure) {
        Optional<Throwable> unknownHost = find(failure, UnknownHostException.class);
        if (unknownHost.isPresent()) {
            String host = firstClause(String.valueOf(unknownHost.get().getMessage()));
            return fail(Reason.UNREACHABLE, Messages.Failure_unknownHost, host, failure);
        }
        Optional<Throwable> refused = find(failure, ConnectException.class)
                .or(() -> find(failure, NoRouteToHostException.class));
        if (refused.isPresent()) {
            String detail = lastClause(rootMessage(refused.get()));
            return fail(Reason.UNREACHABLE, Messages.Failure_unreachable, detail, failure);
        }
        if (find(failure, SSLException.class).isPresent()) {
            return fromTls(failure);
        }
        if (find(failure, InterruptedIOException.class).isPresent()) {
            return fail(Reason.TIMEOUT, Messages.Failure_timeout, rootMessage(failure), failure);
        }
        if (find(failure, ConnectionClosedException.class).isPresent()) {
            String message = profile.usesTls() ? Messages.Failure_closed : Messages.Failure_closedHttp;
            return fail(Reason.OTHER, message, "", failure);
        }
        return fail(Reason.OTHER, Messages.Failure_io, rootMessage(failure), failure);
    }

    private ConnectionFailedException fromTls(Exception failure) {
        if (find(failure, CertPathBuilderException.class).or(() -> find(failure, CertPathValidatorException.class))
                .isPresent()) {
            return fail(Reason.TLS, Messages.Failure_tlsUntrusted, rootMessage(failure), failure);
        }
        if (isHostNameMismatch(failure)) {
            return fail(Reason.TLS, Messages.Failure_tlsHostname, rootMessage(failure), failure);
        }
        if (rootMessage(failure).toLowerCase(Locale.ROOT).contains(NOT_TLS)) {
            return fail(Reason.TLS, Messages.Failure_notTls, "", failure);
        }
        return fail(Reason.TLS, Messages.Failure_tls, rootMessage(failure), failure);
    }

    /** httpclient's own check throws the first, the JDK's endpoint identification the second. */
    private static boolean isHostNameMismatch(Exception failure) {
        return find(failure, SSLPeerUnverifiedException.class).isPresent() || causes(failure)
                .map(Throwable::getMessage).filter(Objects::nonNull).anyMatch(Failures::namesNoMatchingHost);
    }

    /** The JDK's words: "No subject alternative DNS name matching …", "No name matching …". */
    private static boolean namesNoMatchingHost(String message) {
        return message.contains("No subject alternative") || message.contains("No name matching");
    }

    private ConnectionFailedException fail(Reason reason, String message, Object detail, Exception cause) {
        return new ConnectionFailedException(NLS.bind(message, profile.location(), detail), reason, profile.location(),
                cause);
    }

    private String user() {
        return profile.hasCredentials() ? profile.username() : "-";
    }

    private static boolean isMissingProductHeader(TransportException failure) {
        return String.valueOf(failure.getMessage()).contains(PRODUCT_HEADER);
    }

    /** The reason Elasticsearch gave, with the error type an administrator searches for. */
    private static String describe(ErrorCause error) {
        if (error == null) {
            return "";
        }
        return error.reason() == null ? error.type() : error.type() + ": " + error.reason();
    }

    private static Optional<Throwable> find(Throwable failure, Class<? extends Throwable> type) {
        return causes(failure).filter(type::isInstance).findFirst();
    }

    /** The message of the deepest cause that has one: the JDK's own words, not a wrapper's. */
    private static String rootMessage(Throwable failure) {
        return causes(failure).map(Throwable::getMessage).filter(Objects::nonNull)
                .reduce((outer, inner) -> inner).orElse(failure.getClass().getName());
    }

    /** The host name of an {@link UnknownHostException}: "h: Name or service not known" → "h". */
    private static String firstClause(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }

    /**
     * The JDK's words at the end of a wrapper's message: "Connect to http://h:1 [/h] failed:
     * Connection refused" becomes "Connection refused", the address being in the message
     * already.
     */
    private static String lastClause(String message) {
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** The failure and its causes, outermost first; bounded in case a library made a loop. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(MAX_CAUSES);
    }
}
