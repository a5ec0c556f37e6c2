package org.vigil.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.Cursor;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.SourceProfile;
import org.vigil.events.TopTerms;
import org.vigil.events.dsl.AggregationDsl;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;
import org.vigil.events.dsl.Json;
import org.vigil.events.dsl.QueryDsl;
import org.vigil.events.dsl.QueryDslException;
import org.vigil.opensearch.internal.Calls;
import org.vigil.opensearch.internal.Hits;
import org.vigil.opensearch.internal.Mappings;
import org.vigil.opensearch.internal.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An {@link EventSource} over the indices of one pattern ({@code wazuh-alerts-*},
 * {@code logs-*}) of an OpenSearch cluster, finding the same events as the embedded store for the
 * same query (docs/QUERY.md, translated by {@link QueryDsl}). Thread-safe; it does not own the
 * connection.
 * <p>
 * Pages are read from a point in time with {@code search_after}, so an operator can page past the
 * ten thousand hits a plain search allows. Hits are sorted by the requested field, then by
 * {@code _id} in the same direction, which gives the embedded store's order, whose ties go by id.
 * The field list comes from the pattern's mappings and is kept until {@link #refreshFields}.
 */
public final class OpenSearchEventSource implements EventSource {

    /** The kind in the descriptor and in sources.properties. */
    public static final String KIND = "opensearch"; //$NON-NLS-1$

    /** How long a point in time stays open after each page: time enough to read a page. */
    public static final String KEEP_ALIVE = "5m"; //$NON-NLS-1$

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The answers of the aggregation searches without the keys the engine also writes as text. */
    private static final Map<String, String> AGGREGATION_ANSWER = Map.of("filter_path", AggregationDsl.ANSWER_FILTER); //$NON-NLS-1$
    private static final String TIE_BREAKER = "_id"; //$NON-NLS-1$
    private static final int MAX_TIED_TERMS = 10_000;

    private final SourceDescriptor descriptor;
    private final String indexPattern;
    private final String timestampField;
    private final Clock clock;
    private final Calls calls;
    private final SourceProfile profile;
    private volatile DslFields mappings;

    /**
     * @param descriptor how the source presents itself
     * @param connection the open connection; closed by its owner, not here
     * @param indexPattern the indices to search, e.g. {@code wazuh-alerts-*}
     * @param timestampField the field holding the event time, which time ranges bound
     * @param clock what {@code now} means in date math
     */
    public OpenSearchEventSource(SourceDescriptor descriptor, OpenSearchConnection connection, String indexPattern,
            String timestampField, Clock clock) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor"); //$NON-NLS-1$
        this.indexPattern = Objects.requireNonNull(indexPattern, "indexPattern"); //$NON-NLS-1$
        this.timestampField = Objects.requireNonNull(timestampField, "timestampField"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.calls = connection.calls(descriptor.id());
        this.profile = profileOf(indexPattern);
    }

    /** The built-in field profile of the indices (Wazuh alerts'), read once: it is a file in this bundle. */
    private static SourceProfile profileOf(String indexPattern) {
        try {
            return FieldProfile.forIndexPattern(indexPattern).map(FieldProfile::sourceProfile).orElse(SourceProfile.NONE);
        } catch (IOException | IllegalArgumentException e) {
            return SourceProfile.NONE;
        }
    }

    /**
     * @param id the source's id
     * @param connection the open connection
     * @param indexPattern the indices to search
     * @return a source over indices whose event time is {@code @timestamp}, with the system clock
     */
    public static OpenSearchEventSource of(String id, OpenSearchConnection connection, String indexPattern) {
        return new OpenSearchEventSource(new SourceDescriptor(id, id, KIND, connection.location() + '/' + indexPattern),
                connection, indexPattern, Event.TIMESTAMP, Clock.systemUTC());
    }

    /**
     * @param id the source's id
     * @param connection the open connection
     * @param profile the kind of indices to search, e.g. Wazuh alerts
     * @return a source over the profile's indices and on its time field, with the system clock
     */
    public static OpenSearchEventSource of(String id, OpenSearchConnection connection, FieldProfile profile) {
        return new OpenSearchEventSource(
                new SourceDescriptor(id, profile.name(), KIND, connection.location() + '/' + profile.indexPattern()),
                connection, profile.indexPattern(), profile.timestampField(), Clock.systemUTC());
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    /** @return the columns, top values and severity of the built-in profile covering the indices, if one does */
    @Override
    public SourceProfile profile() {
        return profile;
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
     * @param query the query and time range
     * @param cancellation lets the caller give up while the mappings are read
     * @return the query DSL {@link #search} and {@link #count} send, as JSON
     * @throws SourceException if the mappings cannot be read or the query does not fit them
     */
    public String queryDsl(EventQuery query, Cancellation cancellation) throws SourceException {
        return translate(query, cancellation);
    }

    @Override
    public SearchPage search(SearchRequest request, Cancellation cancellation) throws SourceException {
        String query = translate(request.query(), cancellation);
        Position after = request.after() == null ? null : read(request.after());
        String pit = after == null ? openPointInTime(cancellation) : after.pit();
        String order = request.ascending() ? "\"asc\"" : "\"desc\""; //$NON-NLS-1$ //$NON-NLS-2$
        List<String> body = new ArrayList<>(List.of("size", String.valueOf(request.size()), "query", query, //$NON-NLS-1$ //$NON-NLS-2$
                "track_total_hits", "true", //$NON-NLS-1$ //$NON-NLS-2$
                "sort", Json.array(List.of(sort(sortField(request.sortField()), order), sort(TIE_BREAKER, order))), //$NON-NLS-1$
                "pit", Json.object("id", Json.quote(pit), "keep_alive", Json.quote(KEEP_ALIVE)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (after != null) {
            body.add("search_after"); //$NON-NLS-1$
            body.add(after.after().toString());
        }
        JsonNode answer = calls.send("POST", "/_search", Map.of(), Json.object(body.toArray(String[]::new)), //$NON-NLS-1$ //$NON-NLS-2$
                cancellation);
        JsonNode hits = answer.path("hits").path("hits"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Event> events = new Hits(mappings(cancellation).fields(), timestampField).events(hits);
        String nextPit = answer.path("pit_id").asText(pit); //$NON-NLS-1$
        Cursor next = null;
        if (events.size() == request.size() && request.size() > 0) {
            next = write(new Position(nextPit, (ArrayNode) hits.get(hits.size() - 1).path("sort"))); //$NON-NLS-1$
        } else {
            closePointInTime(nextPit);
        }
        return new SearchPage(events, answer.path("hits").path("total").path("value").asLong(), next); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public long count(EventQuery query, Cancellation cancellation) throws SourceException {
        String translated = translate(query, cancellation);
        return calls.send("POST", "/" + indexPattern + "/_count", Map.of(), Json.object("query", translated), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                cancellation).path("count").asLong(); //$NON-NLS-1$
    }

    /** Fixed buckets shifted so that they start where {@link Intervals#bucketStart} says, local midnight for days. */
    @Override
    public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset, Cancellation cancellation)
            throws SourceException {
        String translated = translate(query, cancellation);
        Duration interval = Intervals.auto(query.range(), targetBuckets);
        return search(AggregationDsl.histogramSearch(translated, timestampField, interval, offset),
                answer -> AggregationDsl.histogram(answer, query.range(), interval, offset), cancellation);
    }

    @Override
    public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
            throws SourceException {
        String translated = translate(query, cancellation);
        DslField mapping = mappings(cancellation).get(field).orElse(null);
        if (mapping == null || mapping.exactField().isEmpty()) {
            // Like the embedded store: a field without whole values has no top terms.
            return new TopTerms(field, count(query, cancellation), 0, List.of());
        }
        String exact = mapping.exact();
        JsonNode answer = search(AggregationDsl.termsSearch(translated, exact, size + 1, 1), cancellation);
        List<TopTerms.Term> terms = AggregationDsl.terms(answer, mapping.type());
        if (terms.size() > size && terms.get(size).count() == terms.get(size - 1).count()) {
            // The cut falls among tied values, which the engine ranks by value, the embedded store by text.
            answer = search(AggregationDsl.termsSearch(translated, exact, MAX_TIED_TERMS,
                    Math.toIntExact(terms.get(size).count())), cancellation);
            terms = AggregationDsl.terms(answer, mapping.type());
        }
        return new TopTerms(field, AggregationDsl.hits(answer), AggregationDsl.withField(answer),
                terms.stream().limit(size).toList());
    }

    /**
     * Sends every aggregation of the request in one size-0 search (docs/AGGREGATIONS.md); the
     * filters' queries are translated as the query is, against the same mappings.
     */
    @Override
    public AggregationResults aggregate(AggregationRequest request, Cancellation cancellation) throws SourceException {
        Map<Aggregation.Filters, List<String>> filters = new HashMap<>();
        for (Aggregation aggregation : request.aggregations()) {
            if (aggregation instanceof Aggregation.Filters named) {
                List<String> queries = new ArrayList<>();
                for (Aggregation.NamedFilter filter : named.filters()) {
                    queries.add(translate(new EventQuery(filter.query(), request.query().range()), cancellation));
                }
                filters.put(named, queries);
            }
        }
        String translated = translate(request.query(), cancellation);
        DslFields fields = mappings(cancellation);
        AggregationDsl aggregations = new AggregationDsl(request, name -> fields.get(name).orElse(null),
                timestampField);
        String body;
        try {
            body = aggregations.search(translated, filters);
        } catch (QueryDslException e) {
            throw calls.badQuery(e);
        }
        return search(body, aggregations::results, cancellation);
    }

    private JsonNode search(String body, Cancellation cancellation) throws SourceException {
        return calls.send("POST", searchPath(), AGGREGATION_ANSWER, body, cancellation); //$NON-NLS-1$
    }

    /** Reads the answer as it streams in, without a tree of its buckets. */
    private <T> T search(String body, Calls.AnswerReader<T> reader, Cancellation cancellation) throws SourceException {
        return calls.stream("POST", searchPath(), AGGREGATION_ANSWER, body, reader, cancellation); //$NON-NLS-1$
    }

    private String searchPath() {
        return "/" + indexPattern + "/_search"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Text cannot be sorted on; its whole-value view can. Hits without the field come last. */
    private String sortField(String field) {
        DslField mapping = mappings == null ? null : mappings.get(field).orElse(null);
        return mapping != null && mapping.type() == FieldType.TEXT && mapping.exact() != null ? mapping.exact()
                : field;
    }

    private static String sort(String field, String order) {
        return Json.object(field, Json.object("order", order, "unmapped_type", Json.quote("keyword"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private String openPointInTime(Cancellation cancellation) throws SourceException {
        return calls.send("POST", "/" + indexPattern + "/_search/point_in_time", Map.of("keep_alive", KEEP_ALIVE), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                null, cancellation).path("pit_id").asText(); //$NON-NLS-1$
    }

    /** Closing is a courtesy to the node (the point in time expires anyway): a failure is not the operator's. */
    private void closePointInTime(String pit) {
        try {
            calls.send("DELETE", "/_search/point_in_time", Map.of(), //$NON-NLS-1$ //$NON-NLS-2$
                    Json.object("pit_id", Json.array(List.of(Json.quote(pit)))), Cancellation.none()); //$NON-NLS-1$
        } catch (SourceException e) {
            // expires after KEEP_ALIVE
        }
    }

    private String translate(EventQuery query, Cancellation cancellation) throws SourceException {
        try {
            return new QueryDsl(mappings(cancellation), clock.instant(), timestampField).translate(query.query(),
                    query.range());
        } catch (QueryDslException e) {
            throw calls.badQuery(e);
        }
    }

    private DslFields mappings(Cancellation cancellation) throws SourceException {
        DslFields known = mappings;
        if (known == null) {
            known = Mappings.read(calls.send("GET", "/" + indexPattern + "/_mapping", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Map.of("allow_no_indices", "true", "ignore_unavailable", "true"), null, cancellation)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            mappings = known;
        }
        return known;
    }

    /** Where a page ended: the point in time and the sort values of its last hit. */
    private record Position(String pit, ArrayNode after) {
    }

    private static Cursor write(Position position) {
        ObjectNode json = JSON.createObjectNode();
        json.put("pit", position.pit()); //$NON-NLS-1$
        json.set("after", position.after()); //$NON-NLS-1$
        return new Cursor(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private Position read(Cursor cursor) throws SourceException {
        try {
            JsonNode json = JSON.readTree(Base64.getUrlDecoder().decode(cursor.token()));
            if (json.path("pit").isTextual() && json.path("after").isArray()) { //$NON-NLS-1$ //$NON-NLS-2$
                return new Position(json.path("pit").asText(), (ArrayNode) json.path("after")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (IOException | IllegalArgumentException e) {
            // reported below
        }
        throw new SourceException(SourceException.Kind.BAD_QUERY, descriptor.id(),
                NLS.bind(Messages.Failure_cursor, descriptor.id(), cursor.token()), null);
    }
}
