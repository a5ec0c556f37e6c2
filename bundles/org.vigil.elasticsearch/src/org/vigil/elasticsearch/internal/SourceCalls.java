package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.hc.core5.http.HttpStatus;
import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;
import org.vigil.events.SourceException.Kind;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Cancellable;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/**
 * Sends the requests of one Elasticsearch source through the asynchronous client, so that a
 * cancelled call returns at once, and turns every failure into a {@link SourceException} that
 * names the source, its indices and what failed.
 * <p>
 * The typed client's transport does not pass the cancellation of its future down to the HTTP
 * exchange, so a request already sent runs to its end on the node; its answer is dropped when it
 * comes. The caller is released at once, which is what the operator waits for. Requests sent
 * with {@link #send} through the low-level client are aborted.
 */
public final class SourceCalls {

    /**
     * Three times the client's own wait for an answer ({@link Rest5Connector#RESPONSE_TIMEOUT}), so
     * that only a client that can no longer answer at all reaches it: one whose threads died of a
     * full heap would otherwise leave the caller waiting for ever.
     */
    private static final long NO_ANSWER_SECONDS = 3 * Rest5Connector.RESPONSE_TIMEOUT.toSeconds();

    private final String sourceId;
    private final String indexPattern;
    private final ElasticsearchAsyncClient client;
    private final JsonpMapper mapper;
    private final Rest5Client rest;
    private final Failures failures;

    /**
     * @param sourceId the id of the source, named in errors
     * @param indexPattern the indices the source searches, named in errors
     * @param connection the connection whose client and profile to use
     */
    public SourceCalls(String sourceId, String indexPattern, ElasticsearchConnection connection) {
        this.sourceId = sourceId;
        this.indexPattern = indexPattern;
        this.client = new ElasticsearchAsyncClient(connection.client()._transport(),
                connection.client()._transportOptions());
        this.mapper = connection.client()._jsonpMapper();
        this.rest = restClient(connection);
        this.failures = new Failures(connection.profile());
    }

    /**
     * Sends a request and waits for its answer unless the caller cancels first.
     *
     * @param <T> the answer
     * @param operation what the request does, for the operator (one of the {@code Operation_} messages)
     * @param request sends the request
     * @param cancellation checked before sending; cancelling releases the wait
     * @return the answer
     * @throws SourceException of kind CANCELLED, DENIED or UNAVAILABLE
     */
    public <T> T call(String operation, Function<ElasticsearchAsyncClient, CompletableFuture<T>> request,
            Cancellation cancellation) throws SourceException {
        cancellation.check(sourceId);
        CompletableFuture<T> answer = request.apply(client);
        try (Cancellation.Guard guard = cancellation.guard(() -> answer.cancel(true))) {
            return await(operation, answer);
        }
    }

    /**
     * Sends a request through the low-level client and reads its answer with the given reader,
     * for the calls whose answers the source decodes itself ({@link SearchResponses}); cancelling
     * aborts the exchange.
     *
     * @param <T> what the reader makes of the answer
     * @param operation what the request does, for the operator
     * @param request the request
     * @param reader reads the body of a successful answer
     * @param cancellation checked before sending; cancelling releases the wait
     * @return what the reader made of the answer
     * @throws SourceException of kind CANCELLED, DENIED or UNAVAILABLE
     */
    public <T> T send(String operation, Request request, BodyReader<T> reader, Cancellation cancellation)
            throws SourceException {
        cancellation.check(sourceId);
        Answer answer = new Answer();
        Cancellable exchange = rest.performRequestAsync(request, answer);
        Response response;
        try (Cancellation.Guard guard = cancellation.guard(() -> {
            exchange.cancel();
            answer.cancel(true);
        })) {
            response = await(operation, answer);
        }
        try {
            if (response.getStatusCode() >= HttpStatus.SC_REDIRECTION) {
                // The low-level client hands error answers over as answers; the typed one throws.
                throw new ResponseException(response);
            }
            try (InputStream body = response.getEntity().getContent()) {
                return reader.read(body);
            }
        } catch (IOException e) {
            throw failed(operation, e);
        }
    }

    /**
     * Sends a request through the low-level client and returns its answer whatever its status,
     * for callers that act on an error status themselves (a bulk request answered 429 is sent
     * again); cancelling aborts the exchange.
     *
     * @param operation what the request does, for the operator
     * @param request the request
     * @param cancellation checked before sending; cancelling releases the wait
     * @return the answer, also one with an error status
     * @throws SourceException of kind CANCELLED, or UNAVAILABLE when no answer came
     */
    public Response exchange(String operation, Request request, Cancellation cancellation) throws SourceException {
        cancellation.check(sourceId);
        Answer answer = new Answer();
        Cancellable exchange = rest.performRequestAsync(request, answer);
        try (Cancellation.Guard guard = cancellation.guard(() -> {
            exchange.cancel();
            answer.cancel(true);
        })) {
            return await(operation, answer);
        } catch (SourceException e) {
            if (e.getCause() instanceof ConnectionFailedException failure
                    && failure.getCause() instanceof ResponseException error) {
                return error.getResponse();
            }
            throw e;
        }
    }

    /**
     * @param operation what failed, for the operator
     * @param answer an answer with an error status
     * @return the failure to report, naming the source, of kind DENIED or UNAVAILABLE
     */
    public SourceException failure(String operation, Response answer) {
        try {
            return failed(operation, new ResponseException(answer));
        } catch (IOException e) {
            return failed(operation, e);
        }
    }

    /** @return the id of the source the calls are made for */
    public String sourceId() {
        return sourceId;
    }

    /**
     * @param method the HTTP method
     * @param endpoint the path, query parameters excluded
     * @param json the request body, or {@code null}
     * @return a request for {@link #send}
     */
    public static Request request(String method, String endpoint, String json) {
        Request request = new Request(method, endpoint);
        if (json != null) {
            request.setJsonEntity(json);
        }
        return request;
    }

    /**
     * @param value a part of a request, such as a query
     * @return its JSON, as the typed client would send it
     */
    public String json(Object value) {
        return JsonpUtils.toJsonString(value, mapper);
    }

    /**
     * Reads the body of an answer.
     *
     * @param <T> what it makes of it
     */
    @FunctionalInterface
    public interface BodyReader<T> {

        /**
         * @param body the body; closed by the caller
         * @return what the body says
         * @throws IOException if it cannot be read
         */
        T read(InputStream body) throws IOException;
    }

    /** The low-level client's callbacks as a future to wait on. */
    private static final class Answer extends CompletableFuture<Response> implements ResponseListener {

        @Override
        public void onSuccess(Response response) {
            complete(response);
        }

        @Override
        public void onFailure(Exception failure) {
            completeExceptionally(failure);
        }
    }

    private <T> T await(String operation, CompletableFuture<T> answer) throws SourceException {
        try {
            return answer.get(NO_ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new SourceException(Kind.UNAVAILABLE, sourceId,
                    NLS.bind(Messages.Source_noAnswer, new Object[] { sourceId, operation, NO_ANSWER_SECONDS }), e);
        } catch (CancellationException e) {
            throw cancelled(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw cancelled(e);
        } catch (ExecutionException e) {
            throw failed(operation, e.getCause());
        }
    }

    /**
     * Sends a request nobody waits for, such as closing a point in time that would expire anyway.
     *
     * @param request sends the request
     */
    public void forget(Function<ElasticsearchAsyncClient, CompletableFuture<?>> request) {
        request.apply(client);
    }

    /**
     * @param e a query the source cannot translate or an aggregation it cannot build
     *            ({@link org.vigil.events.dsl.QueryDslException})
     * @return the failure to report, of kind BAD_QUERY
     */
    public SourceException badQuery(Exception e) {
        return new SourceException(Kind.BAD_QUERY, sourceId,
                NLS.bind(Messages.Source_badQuery, new Object[] { sourceId, indexPattern, e.getMessage() }), e);
    }

    /**
     * @param token a cursor token that this source did not write
     * @param cause why it cannot be read
     * @return the failure to report, of kind BAD_QUERY
     */
    public SourceException badCursor(String token, Exception cause) {
        return new SourceException(Kind.BAD_QUERY, sourceId,
                NLS.bind(Messages.Source_badCursor, new Object[] { sourceId, indexPattern, token }), cause);
    }

    private static Rest5Client restClient(ElasticsearchConnection connection) {
        if (connection.client()._transport() instanceof Rest5ClientTransport transport) {
            return transport.restClient();
        }
        // Every connection Vigil opens has this transport; the source reads its answers through it.
        throw new IllegalArgumentException("not a rest5 connection: " + connection.client()._transport()); //$NON-NLS-1$
    }

    private SourceException cancelled(Exception cause) {
        return new SourceException(Kind.CANCELLED, sourceId, "cancelled", cause); //$NON-NLS-1$
    }

    private SourceException failed(String operation, Throwable cause) {
        Throwable failure = cause;
        while (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (!(failure instanceof Exception exception)) {
            throw new IllegalStateException(failure);
        }
        ConnectionFailedException explained = exception instanceof ConnectionFailedException known ? known
                : failures.explain(exception);
        return new SourceException(kind(explained), sourceId, NLS.bind(Messages.Source_failed,
                new Object[] { sourceId, indexPattern, operation, explained.getMessage() }), explained);
    }

    private static Kind kind(ConnectionFailedException failure) {
        return switch (failure.reason()) {
            case AUTHENTICATION, FORBIDDEN -> Kind.DENIED;
            default -> Kind.UNAVAILABLE;
        };
    }
}
