/**
 * The engine-neutral part of a source over an Elasticsearch-compatible engine (OpenSearch, a
 * Wazuh indexer, Elasticsearch itself): a parsed query translated by the rules of docs/QUERY.md
 * into the JSON query DSL those engines share, against the field types their mappings declare.
 * A source bundle sends the JSON with whatever client it uses, so the translation is written
 * once, here, and the same query finds the same events on every engine.
 * <p>
 * Package version 1.0.0 (added with the OpenSearch source). Users import {@code [1.0,2)}.
 */
package org.vigil.events.dsl;
