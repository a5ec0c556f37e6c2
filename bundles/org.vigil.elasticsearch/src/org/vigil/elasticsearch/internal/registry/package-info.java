/** The team's registry of information systems on Elasticsearch indices, published for the source that holds it. Not API. */
package org.vigil.elasticsearch.internal.registry;
