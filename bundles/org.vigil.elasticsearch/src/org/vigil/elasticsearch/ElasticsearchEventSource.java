package org.vigil.elasticsearch;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.elasticsearch.internal.HitEvents;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.internal.PageRequests;
import org.vigil.elasticsearch.internal.PrettyJson;
import org.vigil.elasticsearch.internal.SearchCursors;
import org.vigil.elasticsearch.internal.SearchResponses;
import org.vigil.elasticsearch.internal.SourceCalls;
import org.vigil.elasticsearch.internal.imports.BulkImport;
import org.vigil.elasticsearch.internal.imports.ImportIndices;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.Cursor;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.ImportTarget;
import org.vigil.events.Intervals;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.events.dsl.AggregationDsl;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;
import org.vigil.events.dsl.Json;
import org.vigil.events.dsl.QueryDslException;
import org.vigil.query.MatchAll;
import org.vigil.query.QueryNode;

import com.fasterxml.jackson.databind.JsonNode;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.transport.rest5_client.low_level.Request;

/**
 * An {@link EventSource} over the indices of one pattern ({@code logs-*}, {@code vigil-demo}) of
 * an Elasticsearch cluster, finding the same events as the embedded store for the same query
 * (docs/QUERY.md). Thread-safe; it does not own the connection.
 * <p>
 * Pages are read from a point in time with {@code search_after}, so an operator can page past
 * the ten thousand hits a plain search allows. Hits are sorted by the requested field, then by
 * {@value #ID_FIELD} in the same direction: Elasticsearch does not sort on {@code _id} without a
 * cluster setting, so indices Vigil writes hold the event id in that keyword field too (see
 * {@link IndexMappings}), which gives the order of the embedded store, whose ties go by id. Hits
 * without it come last among their ties, in the point in time's own order.
 * <p>
 * The field list comes from the mappings of the pattern's indices and is kept until
 * {@link #refreshFields(Cancellation)} or the end of an import; queries are translated against it
 * by the SDK's {@link org.vigil.events.dsl.QueryDsl}, as every Elasticsearch-compatible source.
 * <p>
 * Imported events go to one index per dataset, {@code <import prefix>-<event.dataset>}, which
 * the pattern must find; each index gets the mapping of {@link IndexMappings#forImport()}
 * (docs/TEAM-IMPORT.md).
 */
public final class ElasticsearchEventSource implements EventSource, ImportTarget {

    /** The keyword field that holds the event id, the tie-breaker of the sort. */
    public static final String ID_FIELD = "event.id"; //$NON-NLS-1$

    /** How long a point in time stays open after each page: time enough to read a page. */
    public static final String KEEP_ALIVE = "5m"; //$NON-NLS-1$

    private static final int MAX_TIED_TERMS = 10_000;
    private static final String MATCH_ALL = "{\"match_all\":{}}"; //$NON-NLS-1$

    private final SourceDescriptor descriptor;
    private final String indexPattern;
    private final String timestampField;
    private final Clock clock;
    private final SourceCalls calls;
    private final ImportIndices imports;
    private final String user;
    private volatile DslFields mappings;
    private volatile Translation lastTranslation;
    private volatile Unbounded lastUnbounded;

    /**
     * @param descriptor how the source presents itself
     * @param connection the open connection to search through; closed by its owner, not here
     * @param indexPattern the indices to search, e.g. {@code logs-*}
     * @param timestampField the field holding the event time, which time ranges bound
     * @param clock what {@code now} means in date math
     */
    public ElasticsearchEventSource(SourceDescriptor descriptor, ElasticsearchConnection connection,
            String indexPattern, String timestampField, Clock clock) {
        this(descriptor, connection, indexPattern, timestampField, clock, ImportIndices.DEFAULT_PREFIX);
    }

    /**
     * Added in package version 0.1.2.
     *
     * @param descriptor how the source presents itself
     * @param connection the open connection to search through; closed by its owner, not here
     * @param indexPattern the indices to search, e.g. {@code logs-*,vigil-events-*}
     * @param timestampField the field holding the event time, which time ranges bound
     * @param clock what {@code now} means in date math
     * @param importPrefix the start of the names of the indices imports write, {@code vigil-events}
     *            unless given
     */
    public ElasticsearchEventSource(SourceDescriptor descriptor, ElasticsearchConnection connection,
            String indexPattern, String timestampField, Clock clock, String importPrefix) {
        this.imports = new ImportIndices(Objects.requireNonNull(importPrefix, "importPrefix")); //$NON-NLS-1$
        this.user = connection.profile().username();
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor"); //$NON-NLS-1$
        this.indexPattern = Objects.requireNonNull(indexPattern, "indexPattern"); //$NON-NLS-1$
        this.timestampField = Objects.requireNonNull(timestampField, "timestampField"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.calls = new SourceCalls(descriptor.id(), indexPattern, connection);
    }

    /**
     * @param descriptor how the source presents itself
     * @param connection the open connection to search through
     * @param indexPattern the indices to search
     * @return a source over indices whose event time is {@code @timestamp}, with the system clock
     */
    public static ElasticsearchEventSource of(SourceDescriptor descriptor, ElasticsearchConnection connection,
            String indexPattern) {
        return new ElasticsearchEventSource(descriptor, connection, indexPattern, Event.TIMESTAMP, Clock.systemUTC());
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String id() {
        return descriptor.id();
    }

    /**
     * Adds events in one import session.
     *
     * @throws SourceException also when the node refused some events, naming the first; use a
     *             {@link #session()} to hear of each
     */
    @Override
    public long add(Iterator<Event> events, Cancellation cancellation) throws SourceException {
        try (Session session = session()) {
            return session.add(events, cancellation);
        }
    }

    /**
     * Checks before anything is written that this source finds what it imports and that its user
     * may write it; a wrong password fails here too.
     */
    @Override
    public Session session() throws SourceException {
        return BulkImport.open(calls, imports, indexPattern, user, () -> mappings = null);
    }

    /**
     * Added in package version 0.1.2.
     *
     * @param event an event to import
     * @return the index an import writes it to, {@code <import prefix>-<event.dataset>}
     */
    public String importIndex(Event event) {
        return imports.indexOf(event);
    }

    /** @return the indices this source searches */
    public String indexPattern() {
        return indexPattern;
    }

    @Override
    public List<FieldInfo> fields(Cancellation cancellation) throws SourceException {
        return mappings(cancellation).fields().entrySet().stream().map(field -> new FieldInfo(field.getKey(),
                field.getValue().type(), field.getValue().exactField().isPresent())).toList();
    }

    /**
     * Reads the mappings again, for indices created or changed since the source first read them.
     *
     * @param cancellation lets the caller give up
     * @return the fields now known
     * @throws SourceException if the mappings cannot be read
     */
    public List<FieldInfo> refreshFields(Cancellation cancellation) throws SourceException {
        mappings = null;
        return fields(cancellation);
    }

    /**
     * Translates a query as {@link #search} and {@link #count} would send it, against this
     * source's field mappings.
     *
     * @param query the query and time range
     * @param cancellation lets the caller give up while the mappings are read
     * @return the Elasticsearch Query DSL as indented JSON
     * @throws SourceException if the mappings cannot be read or the query does not fit them
     */
    public String queryDsl(EventQuery query, Cancellation cancellation) throws SourceException {
        return PrettyJson.indent(translation(query, cancellation).json());
    }

    /**
     * Opens a point in time for a first page, then searches it. Both requests go through the
     * low-level client and their answers are read by {@link SearchResponses} straight into
     * events: decoding a page into the typed client's objects and then into events cost as much
     * as the search on the node.
     */
    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        Translation query = translation(request.query(), cancellation);
        SearchCursors.Position after = request.after() == null ? null : position(request.after());
        String pit = after == null ? openPointInTime(cancellation) : after.pit();
        HitEvents events = new HitEvents(query.fields(), timestampField);
        String body = PageRequests.body(new PageRequests.Page(query.json(), request.size(),
                sortField(request.sortField()), ID_FIELD, request.ascending(), pit, KEEP_ALIVE,
                after == null ? List.of() : after.after()));
        SearchResponses.Page page = calls.send(Messages.Operation_search,
                SourceCalls.request("POST", "/_search", body), answer -> SearchResponses.page(answer, events), //$NON-NLS-1$ //$NON-NLS-2$
                cancellation);
        String nextPit = page.pitId() == null ? pit : page.pitId();
        Cursor next = page.events().size() == request.size()
                ? SearchCursors.write(new SearchCursors.Position(nextPit, page.lastSort())) : null;
        if (next == null) {
            calls.forget(client -> client.closePointInTime(close -> close.id(nextPit)));
        }
        return new SearchPage(page.events(), page.total(), next);
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        // The typed request keeps the client's security, cancellation and errors; the query is the SDK's JSON.
        String json = translation(query, cancellation).json();
        Query translated = Query.of(q -> q.withJson(new StringReader(json)));
        return calls.call(Messages.Operation_count,
                client -> client.count(c -> c.index(indexPattern).query(translated)), cancellation).count();
    }

    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        String translated = boundedJson(query, cancellation);
        Duration interval = Intervals.auto(query.range(), targetBuckets);
        return aggregations(Messages.Operation_histogram,
                AggregationDsl.histogramSearch(translated, timestampField, interval, offset),
                answer -> AggregationDsl.histogram(answer, query.range(), interval, offset), cancellation);
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        String translated = boundedJson(query, cancellation);
        DslField mapping = mappings(cancellation).get(field).orElse(null);
        if (mapping == null || mapping.exactField().isEmpty()) {
            // Like the embedded store: a field without whole values has no top terms.
            return new TopTerms(field, count(query, cancellation), 0, List.of());
        }
        String exact = mapping.exact();
        JsonNode answer = aggregations(Messages.Operation_topTerms,
                AggregationDsl.termsSearch(translated, exact, size + 1, 1), cancellation);
        List<TopTerms.Term> terms = AggregationDsl.terms(answer, mapping.type());
        if (terms.size() > size && terms.get(size).count() == terms.get(size - 1).count()) {
            // The cut falls among tied values, which Elasticsearch ranks by value, the embedded store by text.
            answer = aggregations(Messages.Operation_topTerms, AggregationDsl.termsSearch(translated, exact,
                    MAX_TIED_TERMS, Math.toIntExact(terms.get(size).count())), cancellation);
            terms = AggregationDsl.terms(answer, mapping.type());
        }
        return new TopTerms(field, AggregationDsl.hits(answer), AggregationDsl.withField(answer),
                terms.stream().limit(size).toList());
    }

    /**
     * Sends every aggregation of the request in one size-0 search (docs/AGGREGATIONS.md); the
     * filters' queries are translated as the query is, against the same mappings. The body is
     * written and the answer read by the SDK's {@link AggregationDsl}, as the OpenSearch source
     * does: building the typed client's request objects and decoding its typed aggregates cost
     * more than the aggregations on the node.
     */
    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        Map<Aggregation.Filters, List<String>> filters = new HashMap<>();
        for (Aggregation aggregation : request.aggregations()) {
            if (aggregation instanceof Aggregation.Filters named) {
                List<String> queries = new ArrayList<>();
                for (Aggregation.NamedFilter filter : named.filters()) {
                    queries.add(boundedJson(new EventQuery(filter.query(), request.query().range()), cancellation));
                }
                filters.put(named, queries);
            }
        }
        String query = boundedJson(request.query(), cancellation);
        DslFields fields = mappings(cancellation);
        AggregationDsl aggregations = new AggregationDsl(request, name -> fields.get(name).orElse(null),
                timestampField);
        String body;
        try {
            body = aggregations.search(query, filters);
        } catch (QueryDslException e) {
            throw calls.badQuery(e);
        }
        return aggregations(Messages.Operation_aggregate, body, aggregations::results, cancellation);
    }

    private JsonNode aggregations(String operation, String body, Cancellation cancellation) throws SourceException {
        return calls.send(operation, aggregationSearch(body), SearchResponses::tree, cancellation);
    }

    /** Reads the answer as it streams in, without a tree of its buckets. */
    private <T> T aggregations(String operation, String body, SearchResponses.ParserReader<T> reader,
            Cancellation cancellation) throws SourceException {
        return calls.send(operation, aggregationSearch(body), answer -> SearchResponses.streamed(answer, reader),
                cancellation);
    }

    private Request aggregationSearch(String body) {
        Request search = SourceCalls.request("POST", indexPath("/_search"), body); //$NON-NLS-1$ //$NON-NLS-2$
        search.addParameter("filter_path", AggregationDsl.ANSWER_FILTER); //$NON-NLS-1$
        return search;
    }

    /** Text cannot be sorted on; its whole-value view can. */
    private String sortField(String field) {
        DslField mapping = mappings == null ? null : mappings.get(field).orElse(null);
        return mapping != null && mapping.type() == FieldType.TEXT ? mapping.exactField().orElse(field) : field;
    }

    private String openPointInTime(Cancellation cancellation) throws SourceException {
        Request open = SourceCalls.request("POST", indexPath("/_pit"), null); //$NON-NLS-1$ //$NON-NLS-2$
        open.addParameter("keep_alive", KEEP_ALIVE); //$NON-NLS-1$
        return calls.send(Messages.Operation_search, open, SearchResponses::pointInTime, cancellation);
    }

    /** @return the path of an action on the source's indices, the pattern escaped as a path segment */
    private String indexPath(String action) {
        return "/" + URLEncoder.encode(indexPattern, StandardCharsets.UTF_8).replace("+", "%20") + action; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private SearchCursors.Position position(Cursor cursor) throws SourceException {
        try {
            return SearchCursors.read(cursor);
        } catch (IllegalArgumentException e) {
            throw calls.badCursor(cursor.token(), e);
        }
    }

    /**
     * Translates a query against the current mappings, or returns the last translation when it
     * still holds: a search asks for the page, the count, the histogram and the top values of one
     * query in a row. A translation that read the clock (date math) holds only for its instant.
     */
    private Translation translation(EventQuery query, Cancellation cancellation) throws SourceException {
        DslFields fields = mappings(cancellation);
        Translation last = lastTranslation;
        if (last != null && last.fields() == fields && last.query().equals(query)) {
            return last;
        }
        try {
            org.vigil.events.dsl.QueryDsl translator = translator(fields);
            Translation made = new Translation(query, fields, translator.translate(query.query(), query.range()));
            if (!translator.readsClock()) {
                lastTranslation = made;
            }
            return made;
        } catch (QueryDslException e) {
            throw calls.badQuery(e);
        }
    }

    /**
     * The query as the node receives it, bounded by its time range: the last translation when it
     * still holds, or else the translation of the query alone, kept, with the range written
     * around it. A dashboard asks for the same queries over a range that moves with the clock;
     * translating at every refresh cost as much as reading the aggregations' answer.
     */
    private String boundedJson(EventQuery query, Cancellation cancellation) throws SourceException {
        DslFields fields = mappings(cancellation);
        Translation last = lastTranslation;
        if (last != null && last.fields() == fields && last.query().equals(query)) {
            return last.json();
        }
        String time = Json.array(List.of(org.vigil.events.dsl.QueryDsl.between(timestampField, query.range().from(),
                query.range().to())));
        // All events as an explicit match_all beside the range: the node's date histograms answered
        // this shape faster than a range alone (docs/BENCHMARKS.md, Elasticsearch panels).
        String unbounded = query.query() instanceof MatchAll ? MATCH_ALL : unbounded(query.query(), fields);
        return Json.object("bool", Json.object("must", Json.array(List.of(unbounded)), "filter", time)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String unbounded(QueryNode query, DslFields fields) throws SourceException {
        Unbounded last = lastUnbounded;
        if (last != null && last.fields() == fields && last.query().equals(query)) {
            return last.json();
        }
        try {
            org.vigil.events.dsl.QueryDsl translator = translator(fields);
            String json = translator.translate(query);
            if (!translator.readsClock()) {
                lastUnbounded = new Unbounded(query, fields, json);
            }
            return json;
        } catch (QueryDslException e) {
            throw calls.badQuery(e);
        }
    }

    /** @return a translator for one search: {@code now} in date math is the same instant throughout */
    private org.vigil.events.dsl.QueryDsl translator(DslFields fields) {
        return new org.vigil.events.dsl.QueryDsl(fields, clock.instant(), timestampField);
    }

    /**
     * A query without its time range as translated for some mappings.
     *
     * @param query the query
     * @param fields the mappings it was translated against
     * @param json the DSL as the node receives it
     */
    private record Unbounded(QueryNode query, DslFields fields, String json) {
    }

    /**
     * A query as translated for some mappings.
     *
     * @param query the query and its time range
     * @param fields the mappings it was translated against
     * @param json the query DSL as the node receives it
     */
    private record Translation(EventQuery query, DslFields fields, String json) {
    }

    private DslFields mappings(Cancellation cancellation) throws SourceException {
        DslFields known = mappings;
        if (known == null) {
            Map<String, IndexMappingRecord> indices = calls.call(Messages.Operation_fields,
                    client -> client.indices().getMapping(get -> get.index(indexPattern)), cancellation).mappings();
            // Newest first: daily and rollover indices are named so that the latest sorts last.
            Map<String, TypeMapping> byIndex = new LinkedHashMap<>();
            indices.entrySet().stream()
                    .sorted(Map.Entry.<String, IndexMappingRecord>comparingByKey(Comparator.reverseOrder()))
                    .forEach(index -> byIndex.put(index.getKey(), index.getValue().mappings()));
            known = FieldMappings.fromIndexMappings(byIndex);
            mappings = known;
        }
        return known;
    }
}
