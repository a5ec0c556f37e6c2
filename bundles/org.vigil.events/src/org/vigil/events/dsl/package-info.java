/**
 * The engine-neutral part of a source over an Elasticsearch-compatible engine (OpenSearch, a
 * Wazuh indexer, Elasticsearch itself): a parsed query translated by the rules of docs/QUERY.md
 * into the JSON query DSL those engines share, against the field types their mappings declare.
 * A source bundle sends the JSON with whatever client it uses, so the translation is written
 * once, here, and the same query finds the same events on every engine.
 * <p>
 * Since 1.1.0 also the aggregations ({@link org.vigil.events.dsl.AggregationDsl}): the bodies of
 * a dashboard's one size-0 search, of a histogram and of top values, and their answers, read with
 * Jackson (the JSON library the clients of these engines bring) into the SPI's records: as they
 * stream in from a {@code JsonParser}, or from a tree; and the query translation of everything the
 * Elasticsearch source searches: fields that indices searched together map with several types
 * ({@link org.vigil.events.dsl.DslFields}), each clause limited to its indices, and the conflict
 * shadows of imported fields.
 * <p>
 * Package version 1.1.0 (1.0.0 added with the OpenSearch source, 1.1.0 the aggregations, shared
 * by the Elasticsearch and OpenSearch sources). Users import {@code [1.0,2)}, {@code [1.1,2)}
 * for the aggregations.
 */
package org.vigil.events.dsl;
