package org.vigil.elasticsearch.sources;

import java.net.URI;
import java.nio.file.Path;

/**
 * One Elasticsearch source as the workspace's {@code sources.properties} configures it
 * (docs/SOURCES.md). The password is never part of it.
 *
 * @param id the source id, unique among the running sources, used as {@code --source} on the
 *            command line; letters, digits, {@code -} and {@code _}
 * @param name the name shown to the operator
 * @param url the node address
 * @param index the index pattern to search
 * @param timestamp the field holding the event time
 * @param user the Elasticsearch user, or {@code null} without security
 * @param ca the PEM file of the CA to trust, or {@code null} for the JDK's trust store
 */
public record SourceSettings(String id, String name, URI url, String index, String timestamp, String user, Path ca) {
}
