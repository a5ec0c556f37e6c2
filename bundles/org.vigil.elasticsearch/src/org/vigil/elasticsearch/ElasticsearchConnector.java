package org.vigil.elasticsearch;

/**
 * Opens connections to Elasticsearch clusters. Published as an OSGi service; stateless and
 * safe to share between threads.
 */
public interface ElasticsearchConnector {

    /**
     * Builds a client for the profile. Does no network I/O, so it is cheap and fails only on
     * local problems; call {@link ElasticsearchConnection#check()} to find out whether the
     * cluster answers and accepts the user.
     *
     * @param profile where the cluster is and who the operator is
     * @return an open connection, to be closed by the caller
     * @throws ConnectionFailedException if the profile's CA certificate cannot be read
     *             ({@link ConnectionFailedException.Reason#CA_CERTIFICATE})
     */
    ElasticsearchConnection open(ConnectionProfile profile) throws ConnectionFailedException;
}
