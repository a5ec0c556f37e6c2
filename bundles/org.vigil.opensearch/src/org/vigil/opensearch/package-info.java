/**
 * An event source over an OpenSearch cluster or a Wazuh indexer (an OpenSearch fork), built only
 * on Vigil's public SDK ({@code org.vigil.events}, {@code org.vigil.events.dsl},
 * {@code org.vigil.query}, {@code org.vigil.core.model}): {@link org.vigil.opensearch.OpenSearchConnection}
 * opens the client (basic auth, TLS with a private CA), {@link org.vigil.opensearch.OpenSearchEventSource}
 * searches one index pattern, and {@link org.vigil.opensearch.FieldProfile} says which fields an
 * operator of a kind of index (Wazuh alerts) looks at first.
 */
package org.vigil.opensearch;
