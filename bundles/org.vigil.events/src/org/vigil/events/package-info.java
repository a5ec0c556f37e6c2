/**
 * The data-source SPI: an {@link org.vigil.events.EventSource} is a searchable store of security
 * events (the embedded Lucene store, an Elasticsearch cluster, a plugin's engine), and the
 * {@link org.vigil.events.SourceRegistry} tracks the sources that bundles publish as they come
 * and go.
 */
package org.vigil.events;
