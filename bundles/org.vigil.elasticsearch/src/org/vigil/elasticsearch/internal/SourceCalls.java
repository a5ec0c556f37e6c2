package org.vigil.elasticsearch.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;
import org.vigil.events.SourceException.Kind;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;

/**
 * Sends the requests of one Elasticsearch source through the asynchronous client, so that a
 * cancelled call returns at once, and turns every failure into a {@link SourceException} that
 * names the source, its indices and what failed.
 * <p>
 * The client's transport does not pass the cancellation of its future down to the HTTP exchange,
 * so a request already sent runs to its end on the node; its answer is dropped when it comes. The
 * caller is released at once, which is what the operator waits for.
 */
public final class SourceCalls {

    private final String sourceId;
    private final String indexPattern;
    private final ElasticsearchAsyncClient client;
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
        cancellation.onCancel(() -> answer.cancel(true));
        try {
            return answer.get();
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
     * @param e a query the source cannot translate
     * @return the failure to report, of kind BAD_QUERY
     */
    public SourceException badQuery(QueryTranslationException e) {
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
