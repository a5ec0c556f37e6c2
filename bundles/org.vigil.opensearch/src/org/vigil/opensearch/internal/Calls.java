package org.vigil.opensearch.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.osgi.util.NLS;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requests of one source: JSON bodies sent through the OpenSearch client's generic API, the
 * answers read as JSON trees, every failure turned into a {@link SourceException} that names the
 * source and the cause, and cancellation that gives up on a request in flight.
 */
public final class Calls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int BAD_REQUEST = 400;
    private static final int ERRORS = 400;

    private final String source;
    private final String location;
    private final OpenSearchGenericClient client;

    /**
     * @param source the source's id, named in failures
     * @param location the node's address, named in failures
     * @param client the client to send through
     */
    public Calls(String source, String location, OpenSearchGenericClient client) {
        this.source = source;
        this.location = location;
        this.client = client;
    }

    /**
     * @param method the HTTP method
     * @param endpoint the path, with its query string parameters in {@code parameters}
     * @param parameters query string parameters
     * @param body the JSON body, or null
     * @param cancellation lets the caller give up
     * @return the answer's JSON
     * @throws SourceException if the node cannot be reached, refuses or fails the request
     */
    public JsonNode send(String method, String endpoint, Map<String, String> parameters, String body,
            Cancellation cancellation) throws SourceException {
        return send(method, endpoint, parameters, body, this::read, cancellation);
    }

    /**
     * Sends a request and reads a successful answer with Jackson's streaming parser, without a
     * tree of it, as {@link org.vigil.events.dsl.AggregationDsl} reads a dashboard's answer.
     *
     * @param <T> what the reader makes of the answer
     * @param method the HTTP method
     * @param endpoint the path, with its query string parameters in {@code parameters}
     * @param parameters query string parameters
     * @param body the JSON body, or null
     * @param reader reads the answer, the parser at its start
     * @param cancellation lets the caller give up
     * @return what the reader made of the answer
     * @throws SourceException if the node cannot be reached, refuses or fails the request, or the
     *             answer cannot be read
     */
    public <T> T stream(String method, String endpoint, Map<String, String> parameters, String body,
            AnswerReader<T> reader, Cancellation cancellation) throws SourceException {
        return send(method, endpoint, parameters, body, response -> streamed(response, reader), cancellation);
    }

    /**
     * Reads an answer from a streaming parser.
     *
     * @param <T> what it makes of the answer
     */
    @FunctionalInterface
    public interface AnswerReader<T> {

        /**
         * @param parser the parser at the start of the answer
         * @return what the answer says
         * @throws IOException if it cannot be read
         */
        T read(JsonParser parser) throws IOException;
    }

    /** Reads a response that has come, failures included. */
    @FunctionalInterface
    private interface ResponseReader<T> {
        T read(Response response) throws SourceException;
    }

    private <T> T send(String method, String endpoint, Map<String, String> parameters, String body,
            ResponseReader<T> reader, Cancellation cancellation) throws SourceException {
        cancellation.check(source);
        Requests.JsonBodyBuilder builder = Requests.builder().method(method).endpoint(endpoint).query(parameters);
        if (body != null) {
            builder.json(body);
        }
        Request request = builder.build();
        CompletableFuture<Response> pending = client.executeAsync(request);
        try (Cancellation.Guard guard = cancellation.guard(() -> pending.cancel(true))) {
            try (Response response = pending.get()) {
                return reader.read(response);
            }
        } catch (CancellationException e) {
            throw new SourceException(SourceException.Kind.CANCELLED, source, "cancelled", e); //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Kind.CANCELLED, source, "interrupted", e); //$NON-NLS-1$
        } catch (ExecutionException | IOException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cancellation.isCancelled()) {
                throw new SourceException(SourceException.Kind.CANCELLED, source, "cancelled", cause); //$NON-NLS-1$
            }
            refused(cause);
            throw new SourceException(SourceException.Kind.UNAVAILABLE, source,
                    NLS.bind(Messages.Failure_unreachable, new Object[] { source, location, describe(cause) }), cause);
        }
    }

    /**
     * The transport answers 401 and 403 with an exception rather than a response: they are the
     * operator's credentials or rights, not an unreachable node.
     */
    private void refused(Throwable failure) throws SourceException {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseException response && response.status() == UNAUTHORIZED) {
                throw new SourceException(SourceException.Kind.DENIED, source,
                        NLS.bind(Messages.Failure_denied, new Object[] { source, location, UNAUTHORIZED }), failure);
            }
            if (cause instanceof ResponseException response && response.status() == FORBIDDEN) {
                throw new SourceException(SourceException.Kind.DENIED, source,
                        NLS.bind(Messages.Failure_forbidden, new Object[] { source, location, describe(failure) }),
                        failure);
            }
        }
    }

    /**
     * @param e a translation failure
     * @return it as the source's bad query
     */
    public SourceException badQuery(Exception e) {
        return new SourceException(SourceException.Kind.BAD_QUERY, source,
                NLS.bind(Messages.Failure_badQuery, source, e.getMessage()), e);
    }

    /** @return the source's id */
    public String source() {
        return source;
    }

    private <T> T streamed(Response response, AnswerReader<T> reader) throws SourceException {
        if (response.getStatus() >= ERRORS) {
            read(response);
        }
        String text = response.getBody().map(Body::bodyAsString).orElse(""); //$NON-NLS-1$
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            return reader.read(parser);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.UNAVAILABLE, source,
                    NLS.bind(Messages.Failure_answer, new Object[] { source, location, e.getMessage() }), e);
        }
    }

    private JsonNode read(Response response) throws SourceException {
        String text = response.getBody().map(Body::bodyAsString).orElse(""); //$NON-NLS-1$
        int status = response.getStatus();
        JsonNode json;
        try {
            json = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            if (status < ERRORS) {
                throw new SourceException(SourceException.Kind.UNAVAILABLE, source,
                        NLS.bind(Messages.Failure_answer, new Object[] { source, location, e.getMessage() }), e);
            }
            json = JSON.createObjectNode();
        }
        if (status < ERRORS) {
            return json;
        }
        String reason = reason(json, text);
        if (status == UNAUTHORIZED) {
            throw new SourceException(SourceException.Kind.DENIED, source,
                    NLS.bind(Messages.Failure_denied, new Object[] { source, location, status }), null);
        }
        if (status == FORBIDDEN) {
            throw new SourceException(SourceException.Kind.DENIED, source,
                    NLS.bind(Messages.Failure_forbidden, new Object[] { source, location, reason }), null);
        }
        if (status == BAD_REQUEST) {
            throw new SourceException(SourceException.Kind.BAD_QUERY, source,
                    NLS.bind(Messages.Failure_badQuery, source, reason), null);
        }
        throw new SourceException(SourceException.Kind.UNAVAILABLE, source,
                NLS.bind(Messages.Failure_server, new Object[] { source, location, status, reason }), null);
    }

    /** The deepest cause's reason is the one that says what is wrong with the query. */
    private static String reason(JsonNode json, String text) {
        JsonNode error = json.path("error"); //$NON-NLS-1$
        if (error.isTextual()) {
            return error.asText();
        }
        JsonNode deepest = error;
        while (deepest.path("caused_by").isObject()) { //$NON-NLS-1$
            deepest = deepest.path("caused_by"); //$NON-NLS-1$
        }
        String reason = deepest.path("reason").asText(error.path("reason").asText("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return reason.isEmpty() ? text : reason;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
