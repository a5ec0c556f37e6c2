/**
 * The data-source SPI: an {@link org.vigil.events.EventSource} is a searchable store of security
 * events (the embedded Lucene store, an Elasticsearch cluster, a plugin's engine), and the
 * {@link org.vigil.events.SourceRegistry} tracks the sources that bundles publish as they come
 * and go. A store that accepts imported events also implements
 * {@link org.vigil.events.ImportTarget}.
 *
 * <p>Versions before the SDK's first baseline (docs/SDK.md) raised the micro digit for a compatible
 * addition; from then on the build checks semantic versions (an addition raises the minor digit)
 * and users import {@code [x.y.z,1)}. Package version 0.2.1 adds {@code ImportTarget}; bundles
 * that use {@code ImportTarget} import {@code [0.2.1,0.3)}. Version 0.2.2 adds {@code CsvHits},
 * the CSV writer the command line and the workbench's export share, {@code TopValuesCache}
 * for query completion, {@code HitPages}, rows of a search for a virtual table, and
 * {@code ImportTarget.session()}, for imports that write many batches; their users import
 * {@code [0.2.2,0.3)}. Version 0.2.3 adds {@code Cancellation.guard}, an action that lives as
 * long as one request rather than the whole token, and {@code EventEnricher}, the fields every
 * import adds (an event's information system); their users import {@code [0.2.3,0.3)}. Version
 * 0.2.4 adds {@code ImportTarget.Refusals} and {@code ImportTarget.Session.finish}, the events a
 * store refused one by one during an import and the wait for those still being written. Version
 * 0.2.5 adds {@code EventSource.aggregate}, several aggregations over a query's hits in one pass
 * or request ({@code AggregationRequest}, {@code Aggregation}, {@code AggregationResults},
 * {@code AggregationResult}), for dashboards; {@code ImportTarget.Conflicts},
 * {@code ImportTarget.Session.conflicts} and {@code ConflictCounts}: the values an import kept in
 * shadow fields because they did not fit their field's type; and {@code MultiSource}, several
 * sources searched as one. Their users import {@code [0.2.5,0.3)}.
 * <p>Version 1.1.0 adds {@code AggregationResult.TimeSeries.of}, a split histogram's series with the rest worked out.
 * <p>Version 1.2.0 adds {@code SourceProfile} and {@code EventSource.profile()}, what an operator
 * looks at first in a source's events (columns, top values, severity), and {@code GuardedSource},
 * the one time limit every caller puts on a source's calls.
 */
package org.vigil.events;
