package org.vigil.elasticsearch;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * An open connection to the cluster of one {@link ConnectionProfile}. Safe to share between
 * threads. All methods do network I/O except {@link #profile()}, {@link #client()} and
 * {@link #close()}: never call them on the UI thread.
 */
public interface ElasticsearchConnection extends AutoCloseable {

    /**
     * A piece of work done with the client, for {@link ElasticsearchConnection#call(Call)}.
     *
     * @param <T> what the work returns
     */
    @FunctionalInterface
    interface Call<T> {

        /**
         * @param client the connection's client
         * @return the result of the work
         * @throws IOException as thrown by the client
         */
        T run(ElasticsearchClient client) throws IOException;
    }

    /** @return the profile this connection was opened for */
    ConnectionProfile profile();

    /**
     * The client itself, for callers that translate failures on their own (see
     * {@link #call(Call)} for the usual way). Do not close it: close the connection.
     *
     * @return the client, valid until {@link #close()}
     */
    ElasticsearchClient client();

    /**
     * Asks the cluster who it is: proves that the nodes answer, speak Elasticsearch and accept
     * the profile's user. The user needs the cluster privilege {@code monitor}; without it
     * this fails with {@link ConnectionFailedException.Reason#FORBIDDEN}.
     *
     * @return the cluster's name and version
     * @throws ConnectionFailedException if the cluster cannot be reached or refuses the user
     */
    ClusterInfo check() throws ConnectionFailedException;

    /**
     * Runs work against the cluster, turning any failure of the client library into a
     * {@link ConnectionFailedException} with a message for the operator, for example a
     * {@link ConnectionFailedException.Reason#FORBIDDEN} naming the user and the missing
     * privilege.
     *
     * @param <T> what the work returns
     * @param work the requests to send
     * @return what the work returned
     * @throws ConnectionFailedException if a request fails
     */
    <T> T call(Call<T> work) throws ConnectionFailedException;

    /** Closes the client and its HTTP transport, ending all of its connections. */
    @Override
    void close();
}
