package org.vigil.events.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;
import org.vigil.events.TopTerms;
import org.vigil.events.internal.Messages;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The aggregations of Elasticsearch-compatible engines as JSON, and their answers read into the
 * SPI's records, equal to what the embedded store computes (docs/AGGREGATIONS.md): every
 * aggregation of an {@link AggregationRequest} in one size-0 search, and the single histogram
 * and top values of a search. A source sends the bodies with its own client and hands the
 * answers back as Jackson streaming parsers (or trees, read the same way through
 * {@link JsonNode#traverse()}), so each engine's source builds and reads the same requests.
 * <p>
 * The aggregations of a request are named by their position in it, so that no panel name can
 * clash. Added in package version 1.1.0.
 */
public final class AggregationDsl {

    /** Below it the engine counts distinct values (almost always) exactly; above it estimates them. */
    public static final int PRECISION_THRESHOLD = 40_000;

    /**
     * The {@code filter_path} a source may send with the searches of this class: their answers
     * are read without the keys the engine also writes as text, which are most of the bytes of a
     * heat map's 24 buckets a day and of a histogram's, to send and to parse.
     */
    public static final String ANSWER_FILTER = "-**.key_as_string"; //$NON-NLS-1$

    private static final String RESULT = "result"; //$NON-NLS-1$
    private static final String TERMS_WITH_FIELD = "with_field"; //$NON-NLS-1$
    private static final String AGGREGATIONS = "aggregations"; //$NON-NLS-1$
    private static final String DOC_COUNT = "doc_count"; //$NON-NLS-1$

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long SECONDS_PER_HOUR = 3_600;

    private static final String SPLIT = "_split"; //$NON-NLS-1$
    private static final String WITH_FIELD = "_with"; //$NON-NLS-1$
    private static final String SERIES = "series"; //$NON-NLS-1$
    private static final String THEN = "then"; //$NON-NLS-1$

    /** What has been read of an answer, by the position of the aggregation in the request. */
    private static final class Answer {

        private final Object[] main;
        private final Object[] extra;
        private long hits;

        Answer(int size) {
            main = new Object[size];
            extra = new Object[size];
        }

        int size() {
            return main.length;
        }
    }

    private final AggregationRequest request;
    private final Function<String, DslField> fields;
    private final String timestampField;

    /**
     * @param request what to compute
     * @param fields the mapping of a field by name, {@code null} for a field no index maps
     * @param timestampField the time field
     */
    public AggregationDsl(AggregationRequest request, Function<String, DslField> fields, String timestampField) {
        this.request = request;
        this.fields = fields;
        this.timestampField = timestampField;
    }

    /**
     * @param query the request's query, translated
     * @param filters the translated queries of each filters aggregation, in order
     * @return the body of the size-0 search that computes every aggregation of the request
     * @throws QueryDslException naming the first field that cannot be aggregated as asked
     */
    public String search(String query, Map<Aggregation.Filters, List<String>> filters) throws QueryDslException {
        return search(query, aggregations(filters));
    }

    private String aggregations(Map<Aggregation.Filters, List<String>> filters) throws QueryDslException {
        List<String> all = new ArrayList<>();
        List<Aggregation> asked = request.aggregations();
        for (int i = 0; i < asked.size(); i++) {
            String name = name(i);
            switch (asked.get(i)) {
                case Aggregation.DateHistogram histogram -> {
                    String grid = Histograms.aggregation(timestampField, interval(histogram), request.gridOffset());
                    add(all, name, grid);
                    if (histogram.splitField() != null) {
                        add(all, name + SPLIT, withSub(Buckets.terms(exact(histogram.splitField()), histogram.splitSize(), 1),
                                SERIES, grid));
                    }
                }
                case Aggregation.Terms terms -> {
                    String exact = exact(terms.field());
                    String outer = Buckets.terms(exact, terms.size(), 1);
                    add(all, name, terms.thenField() == null ? outer
                            : withSub(outer, THEN, Buckets.terms(exact(terms.thenField()), terms.thenSize(), 1)));
                    add(all, name + WITH_FIELD, withField(exact));
                }
                case Aggregation.Distinct distinct -> add(all, name, Json.object("cardinality", Json.object("field", //$NON-NLS-1$ //$NON-NLS-2$
                        Json.quote(exact(distinct.field())), "precision_threshold", String.valueOf(PRECISION_THRESHOLD)))); //$NON-NLS-1$
                case Aggregation.Stats stats -> add(all, name,
                        Json.object("stats", Json.object("field", Json.quote(numeric(stats.field()))))); //$NON-NLS-1$ //$NON-NLS-2$
                case Aggregation.HeatMap heatMap -> add(all, name, Json.object("date_histogram", Json.object("field", //$NON-NLS-1$ //$NON-NLS-2$
                        Json.quote(timestampField), "calendar_interval", Json.quote("hour"), "time_zone", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Json.quote(request.zone().getId()), "min_doc_count", "1"))); //$NON-NLS-1$ //$NON-NLS-2$
                case Aggregation.Filters named -> add(all, name, Json.object("filters", //$NON-NLS-1$
                        Json.object("filters", Json.array(filters.get(named))))); //$NON-NLS-1$
            }
        }
        return Json.object(all.toArray(String[]::new));
    }

    /**
     * @param search the answer to {@link #search}
     * @return the results, in the request's order
     */
    public AggregationResults results(JsonNode search) {
        try {
            return results(search.traverse());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree is read without input
        }
    }

    /**
     * Reads the answer as it streams in, straight into the results: no tree of its buckets is
     * built first, which took as long as the rest of Vigil's share of a dashboard panel.
     *
     * @param search the answer to {@link #search}, the parser at its start or on its first token
     * @return the results, in the request's order
     * @throws IOException if the answer cannot be read or is not a JSON object
     * @since 1.1
     */
    public AggregationResults results(JsonParser search) throws IOException {
        Answer answer = new Answer(request.aggregations().size());
        Answers.members(Answers.start(search), name -> {
            switch (name) {
                case "hits" -> answer.hits = hits(search); //$NON-NLS-1$
                case AGGREGATIONS -> Answers.members(search, aggregation -> read(aggregation, search, answer));
                default -> search.skipChildren();
            }
        });
        List<AggregationResult> results = new ArrayList<>();
        for (int i = 0; i < answer.size(); i++) {
            results.add(result(i, answer));
        }
        return AggregationResults.of(answer.hits, results);
    }

    /** Reads one aggregation of the answer into its slot; one the request did not ask for is skipped. */
    private void read(String name, JsonParser parser, Answer answer) throws IOException {
        int digits = 1;
        while (digits < name.length() && Character.isDigit(name.charAt(digits))) {
            digits++;
        }
        int position = digits > 1 && name.charAt(0) == 'a' ? Integer.parseInt(name, 1, digits, 10) : -1;
        if (position < 0 || position >= answer.size()) {
            parser.skipChildren();
            return;
        }
        String suffix = name.substring(digits);
        Object read = read(request.aggregations().get(position), suffix, parser);
        if (suffix.isEmpty()) {
            answer.main[position] = read;
        } else {
            answer.extra[position] = read;
        }
    }

    /** @return what was read of the aggregation's part of the answer named by the suffix */
    private Object read(Aggregation asked, String suffix, JsonParser parser) throws IOException {
        return switch (asked) {
            case Aggregation.DateHistogram histogram when suffix.isEmpty() -> grid(histogram).counts(parser);
            case Aggregation.DateHistogram histogram when suffix.equals(SPLIT) && histogram.splitField() != null ->
                Buckets.read(parser, type(histogram.splitField()), SERIES, grid(histogram)::counts);
            case Aggregation.Terms terms when suffix.isEmpty() -> terms.thenField() == null
                    ? Buckets.read(parser, type(terms.field()))
                    : Buckets.read(parser, type(terms.field()), THEN, then -> Buckets.read(then, type(terms.thenField())));
            case Aggregation.Terms terms when suffix.equals(WITH_FIELD) -> Answers.docCount(parser);
            case Aggregation.Distinct distinct when suffix.isEmpty() -> distinct(distinct, parser);
            case Aggregation.Stats stats when suffix.isEmpty() -> stats(stats, parser);
            case Aggregation.HeatMap heatMap when suffix.isEmpty() -> heatMap(heatMap, parser);
            case Aggregation.Filters named when suffix.isEmpty() -> filterCounts(named, parser);
            default -> {
                parser.skipChildren();
                yield null;
            }
        };
    }

    /** @return the result at the position, its parts the answer left out read as empty */
    @SuppressWarnings("unchecked")
    private AggregationResult result(int position, Answer answer) throws IOException {
        Aggregation asked = request.aggregations().get(position);
        Object main = answer.main[position] != null ? answer.main[position] : read(asked, "", Answers.empty()); //$NON-NLS-1$
        return switch (asked) {
            case Aggregation.DateHistogram histogram -> timeSeries(histogram, (long[]) main,
                    histogram.splitField() == null ? null
                            : (Buckets.Terms<long[]>) part(answer.extra[position], asked, SPLIT));
            case Aggregation.Terms terms -> termsTable(terms, answer.hits, (Buckets.Terms<?>) main,
                    (Long) part(answer.extra[position], asked, WITH_FIELD));
            default -> (AggregationResult) main;
        };
    }

    private Object part(Object read, Aggregation asked, String suffix) throws IOException {
        return read != null ? read : read(asked, suffix, Answers.empty());
    }

    private static AggregationResult.DistinctCount distinct(Aggregation.Distinct asked, JsonParser answer)
            throws IOException {
        long value = Answers.member(answer, "value"); //$NON-NLS-1$
        return new AggregationResult.DistinctCount(asked.name(), asked.field(), value, value >= PRECISION_THRESHOLD);
    }

    private static AggregationResult.NumericStats stats(Aggregation.Stats asked, JsonParser answer) throws IOException {
        long[] count = new long[1];
        // sum, min, max: an answer without hits has them null, read as no figure rather than zero
        double[] figures = { 0, Double.NaN, Double.NaN };
        Answers.members(answer, name -> {
            switch (name) {
                case "count" -> count[0] = Answers.asLong(answer); //$NON-NLS-1$
                case "sum" -> figures[0] = Answers.asDouble(answer); //$NON-NLS-1$
                case "min" -> figures[1] = Answers.asDouble(answer); //$NON-NLS-1$
                case "max" -> figures[2] = Answers.asDouble(answer); //$NON-NLS-1$
                default -> answer.skipChildren();
            }
        });
        return new AggregationResult.NumericStats(asked.name(), asked.field(), count[0],
                count[0] == 0 ? 0 : figures[0], count[0] == 0 ? Double.NaN : figures[1],
                count[0] == 0 ? Double.NaN : figures[2]);
    }

    private static AggregationResult.FilterCounts filterCounts(Aggregation.Filters asked, JsonParser answer)
            throws IOException {
        long[] counts = new long[asked.filters().size()];
        Answers.members(answer, name -> {
            if (!"buckets".equals(name) || !answer.hasToken(JsonToken.START_ARRAY)) { //$NON-NLS-1$
                answer.skipChildren();
                return;
            }
            for (int i = 0; answer.nextToken() != JsonToken.END_ARRAY; i++) {
                long count = Answers.docCount(answer);
                if (i < counts.length) {
                    counts[i] = count;
                }
            }
        });
        List<AggregationResult.FilterCount> result = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            result.add(new AggregationResult.FilterCount(asked.filters().get(i).label(), counts[i]));
        }
        return new AggregationResult.FilterCounts(asked.name(), result);
    }

    private AggregationResult.TimeSeries timeSeries(Aggregation.DateHistogram asked, long[] totals,
            Buckets.Terms<long[]> split) {
        Histogram all = grid(asked).histogram(totals);
        List<AggregationResult.Series> series = new ArrayList<>();
        if (split != null) {
            for (Buckets.Value<long[]> value : split.values()) {
                series.add(new AggregationResult.Series(value.text(), value.count(), counts(value.sub())));
            }
        }
        return AggregationResult.TimeSeries.of(asked.name(), all.interval(),
                all.buckets().stream().map(Histogram.Bucket::start).toList(), counts(totals), series);
    }

    private static List<Long> counts(long[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    private Histograms.Grid grid(Aggregation.DateHistogram asked) {
        return new Histograms.Grid(request.query().range(), interval(asked), request.gridOffset());
    }

    private static AggregationResult.TermsTable termsTable(Aggregation.Terms asked, long hits, Buckets.Terms<?> answer,
            long withField) {
        List<AggregationResult.Bucket> buckets = new ArrayList<>();
        boolean approximate = answer.approximate();
        for (Buckets.Value<?> value : answer.values()) {
            if (!(value.sub() instanceof Buckets.Terms<?> then)) {
                buckets.add(AggregationResult.Bucket.of(value.text(), value.count()));
                continue;
            }
            approximate |= then.approximate();
            buckets.add(new AggregationResult.Bucket(value.text(), value.count(), then.values().stream()
                    .map(inner -> AggregationResult.Bucket.of(inner.text(), inner.count())).toList(), then.others()));
        }
        return new AggregationResult.TermsTable(asked.name(), asked.field(), hits, withField, answer.others(),
                buckets, approximate);
    }

    /**
     * Each hourly bucket's day of week and hour from the zone's offset at its start: no date-time
     * object per bucket, of which a week's heat map has 168 and a month's 700.
     */
    private AggregationResult.HeatMap heatMap(Aggregation.HeatMap asked, JsonParser answer) throws IOException {
        long[] cells = new long[AggregationResult.HeatMap.CELLS];
        ZoneRules rules = request.zone().getRules();
        Answers.keyedCounts(answer, (key, count) -> {
            long seconds = Math.floorDiv(key, 1000L);
            long local = seconds + rules.getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
            // The epoch's first day was a Thursday, the fourth of DayOfWeek's Monday-first week.
            DayOfWeek day = DayOfWeek.THURSDAY.plus(Math.floorDiv(local, SECONDS_PER_DAY));
            int hour = (int) (Math.floorMod(local, SECONDS_PER_DAY) / SECONDS_PER_HOUR);
            cells[AggregationResult.HeatMap.index(day, hour)] += count;
        });
        return new AggregationResult.HeatMap(asked.name(), request.zone(), counts(cells));
    }

    /**
     * @param query the search's query, translated
     * @param timestampField the time field
     * @param interval the bucket width
     * @param offset the operator's UTC offset, which days start at
     * @return the body of the size-0 search that counts hits per bucket of {@link Intervals#bucketStart}
     */
    public static String histogramSearch(String query, String timestampField, Duration interval, ZoneOffset offset) {
        return search(query, Json.object(RESULT, Histograms.aggregation(timestampField, interval, offset)));
    }

    /**
     * @param answer the answer to {@link #histogramSearch}
     * @param range the searched range
     * @param interval the bucket width asked for
     * @param offset the operator's UTC offset
     * @return one bucket per interval over the whole range, empty ones included
     */
    public static Histogram histogram(JsonNode answer, TimeRange range, Duration interval, ZoneOffset offset) {
        try {
            return histogram(answer.traverse(), range, interval, offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree is read without input
        }
    }

    /**
     * @param answer the answer to {@link #histogramSearch}, the parser at its start or on its first token
     * @param range the searched range
     * @param interval the bucket width asked for
     * @param offset the operator's UTC offset
     * @return one bucket per interval over the whole range, empty ones included
     * @throws IOException if the answer cannot be read or is not a JSON object
     * @since 1.1
     */
    public static Histogram histogram(JsonParser answer, TimeRange range, Duration interval, ZoneOffset offset)
            throws IOException {
        Histograms.Grid grid = new Histograms.Grid(range, interval, offset);
        long[][] counts = { null };
        Answers.members(Answers.start(answer), name -> {
            if (AGGREGATIONS.equals(name)) {
                Answers.members(answer, aggregation -> {
                    if (RESULT.equals(aggregation)) {
                        counts[0] = grid.counts(answer);
                    } else {
                        answer.skipChildren();
                    }
                });
            } else {
                answer.skipChildren();
            }
        });
        return grid.histogram(counts[0] != null ? counts[0] : grid.counts(Answers.empty()));
    }

    /**
     * @param query the search's query, translated
     * @param exactField the field of whole values
     * @param size how many values
     * @param minimumCount the fewest hits a value needs, 1 for any
     * @return the body of the size-0 search for the most frequent values and the count of hits having the field
     */
    public static String termsSearch(String query, String exactField, int size, int minimumCount) {
        return search(query, Json.object(RESULT, Buckets.terms(exactField, size, minimumCount),
                TERMS_WITH_FIELD, withField(exactField)));
    }

    /**
     * @param answer the answer to {@link #termsSearch}
     * @param type the field's type, which values are rendered by
     * @return every value of the answer as the embedded store renders and ranks it: by count, then
     *         by its text (the engine orders numbers and addresses by value)
     */
    public static List<TopTerms.Term> terms(JsonNode answer, FieldType type) {
        List<Buckets.Value<Void>> values;
        try {
            values = Buckets.read(Answers.first(answer.path(AGGREGATIONS).path(RESULT).traverse()), type).values();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree is read without input
        }
        return values.stream().map(value -> new TopTerms.Term(value.text(), value.count()))
                .sorted(Comparator.comparingLong(TopTerms.Term::count).reversed().thenComparing(TopTerms.Term::value))
                .toList();
    }

    /**
     * @param answer the answer to {@link #termsSearch}
     * @return how many hits have the field
     */
    public static long withField(JsonNode answer) {
        return answer.path(AGGREGATIONS).path(TERMS_WITH_FIELD).path(DOC_COUNT).asLong();
    }

    /**
     * @param answer the answer to a search of this class
     * @return how many hits the search has
     */
    public static long hits(JsonNode answer) {
        return answer.path("hits").path("total").path("value").asLong(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the total of the {@code hits} member of an answer, the parser on its value */
    private static long hits(JsonParser hits) throws IOException {
        long[] total = new long[1];
        Answers.members(hits, name -> {
            if (!"total".equals(name)) { //$NON-NLS-1$
                hits.skipChildren();
            } else if (hits.hasToken(JsonToken.START_OBJECT)) {
                total[0] = Answers.member(hits, "value"); //$NON-NLS-1$
            } else {
                total[0] = Answers.asLong(hits);
            }
        });
        return total[0];
    }

    private static String search(String query, String aggregations) {
        return Json.object("size", "0", "track_total_hits", "true", "query", query, "aggs", aggregations); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static String withField(String exactField) {
        return Json.object("filter", Json.object("exists", Json.object("field", Json.quote(exactField)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void add(List<String> all, String name, String aggregation) {
        all.add(name);
        all.add(aggregation);
    }

    /** @return the aggregation with one sub-aggregation */
    private static String withSub(String aggregation, String subName, String sub) {
        return aggregation.substring(0, aggregation.length() - 1) + ",\"aggs\":" + Json.object(subName, sub) + '}'; //$NON-NLS-1$
    }

    private Duration interval(Aggregation.DateHistogram histogram) {
        return Intervals.auto(request.query().range(), histogram.targetBuckets());
    }

    private static String name(int position) {
        return "a" + position; //$NON-NLS-1$
    }

    /** @return the type values are rendered by; a field no index maps has none, rendered as keywords */
    private FieldType type(String field) {
        DslField mapping = fields.apply(field);
        return mapping == null ? FieldType.KEYWORD : mapping.type();
    }

    /** The field whose whole values are counted: for text its keyword sub-field, without which it is refused. */
    private String exact(String field) throws QueryDslException {
        DslField mapping = fields.apply(field);
        if (mapping == null) {
            return field;
        }
        if (mapping.exact() == null) {
            throw new QueryDslException(field, null, NLS.bind(Messages.Dsl_aggregate_textField, field));
        }
        return mapping.exact();
    }

    private String numeric(String field) throws QueryDslException {
        DslField mapping = fields.apply(field);
        if (mapping == null) {
            throw new QueryDslException(field, null, NLS.bind(Messages.Dsl_aggregate_unknownField, field));
        }
        if (mapping.type() != FieldType.LONG && mapping.type() != FieldType.DOUBLE) {
            throw new QueryDslException(field, null,
                    NLS.bind(Messages.Dsl_aggregate_notNumeric, field, mapping.type().name().toLowerCase(Locale.ROOT)));
        }
        return field;
    }
}
