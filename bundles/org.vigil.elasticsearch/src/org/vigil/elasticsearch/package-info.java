/**
 * Team mode, part one: how Vigil reaches an Elasticsearch cluster. A
 * {@link org.vigil.elasticsearch.ConnectionProfile} says where the nodes are and who the
 * operator is; the {@link org.vigil.elasticsearch.ElasticsearchConnector} service turns it into
 * an open {@link org.vigil.elasticsearch.ElasticsearchConnection}; every failure on the way
 * reaches the caller as a {@link org.vigil.elasticsearch.ConnectionFailedException} whose
 * message tells the operator what went wrong and where.
 */
package org.vigil.elasticsearch;
