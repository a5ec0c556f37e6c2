package org.vigil.elasticsearch;

import java.util.Objects;

/**
 * What a cluster says about itself when Vigil checks a connection.
 *
 * @param clusterName the {@code cluster.name} of the cluster, shown next to the profile name
 * @param version the Elasticsearch version number, for example {@code 9.5.2}
 * @param nodeName the name of the node that answered
 */
public record ClusterInfo(String clusterName, String version, String nodeName) {

    /** Rejects missing parts: a cluster that answers always names itself and its version. */
    public ClusterInfo {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(nodeName, "nodeName");
    }
}
