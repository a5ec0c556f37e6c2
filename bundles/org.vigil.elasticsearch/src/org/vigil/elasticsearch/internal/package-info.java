/**
 * The connector behind the API: the rest5 client of elasticsearch-java, TLS trust built from
 * a PEM file, the translation of client failures into operator messages, and of parsed queries
 * into the query DSL by the index's field types, and the sources configured in the workspace's
 * {@code sources.properties}, published as event-source services. Not API.
 */
package org.vigil.elasticsearch.internal;
