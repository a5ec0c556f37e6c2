package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.local.LuceneSource;
import org.vigil.query.KqlParser;

/**
 * The dashboard aggregations of the embedded store on a handful of events written in two
 * imports (two segments), around the night Paris leaves summer time, counted by hand.
 */
class AggregationPassTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TimeRange RANGE = new TimeRange(Instant.parse("2026-10-24T00:00:00Z"),
            Instant.parse("2026-10-28T00:00:00Z"));

    private static LuceneSource source;

    @BeforeAll
    static void load() throws Exception {
        source = LuceneSource.inMemory(new SourceDescriptor("aggs", "aggs", "lucene", "memory"), List.of(
                event(1, "2026-10-24T22:30:00Z", "scan", "10.0.0.2", 22L, 100L, List.of("a", "b")),
                event(2, "2026-10-25T00:30:00Z", "scan", "10.0.0.10", 22L, 50L, List.of("b")),
                event(3, "2026-10-25T01:30:00Z", "logon", "10.0.0.2", 443L, 7L, List.of())).iterator(),
                Clock.systemUTC());
        source.add(List.of(
                event(4, "2026-10-25T02:30:00Z", "logon", "9.0.0.1", 80L, null, List.of("c")),
                event(5, "2026-10-25T03:30:00Z", "scan", "10.0.0.2", 22L, 3L, List.of()),
                event(6, "2026-10-27T12:00:00Z", "alert", "2001:db8::1", 22L, null, List.of())).iterator(),
                Cancellation.none());
    }

    @AfterAll
    static void close() throws Exception {
        source.close();
    }

    @Test
    void tiesAreRankedByValueNotByText() throws Exception {
        AggregationResult.TermsTable ips = aggregate(PARIS, Aggregation.Terms.of("ips", "source.ip", 3)).terms("ips");
        AggregationResult.TermsTable ports = aggregate(PARIS, Aggregation.Terms.of("ports", "destination.port", 3))
                .terms("ports");

        // As text, 10.0.0.10 would come before 9.0.0.1 and 443 before 80; Elasticsearch ranks by value.
        assertEquals(List.of(bucket("10.0.0.2", 3), bucket("9.0.0.1", 1), bucket("10.0.0.10", 1)), ips.buckets());
        assertEquals(1, ips.others());
        assertEquals(List.of(bucket("22", 4), bucket("80", 1), bucket("443", 1)), ports.buckets());
        assertEquals(6, ports.hits());
        assertEquals(6, ports.withField());
    }

    @Test
    void textIsCountedByWholeValues() throws Exception {
        AggregationResults results = aggregate(PARIS, Aggregation.Terms.of("messages", "message", 2),
                new Aggregation.Distinct("distinct", "message"));

        assertEquals(List.of(bucket("event number 1", 1), bucket("event number 2", 1)),
                results.terms("messages").buckets());
        assertEquals(6, results.terms("messages").withField());
        assertEquals(6, results.distinct("distinct").value());
    }

    @Test
    void twoFieldTableCountsTheSecondFieldWithinEachValue() throws Exception {
        AggregationResult.TermsTable table = aggregate(PARIS,
                new Aggregation.Terms("table", "event.action", 2, "source.ip", 1)).terms("table");

        assertEquals(List.of(
                new AggregationResult.Bucket("scan", 3, List.of(bucket("10.0.0.2", 2)), 1),
                new AggregationResult.Bucket("logon", 2, List.of(bucket("9.0.0.1", 1)), 1)), table.buckets());
        assertEquals(1, table.others());
    }

    @Test
    void splitHistogramPutsWhatNoSeriesCountsInOther() throws Exception {
        AggregationResult.TimeSeries series = aggregate(ZoneId.of("UTC"),
                new Aggregation.DateHistogram("time", 4, "event.action", 1)).timeSeries("time");

        assertEquals(Duration.ofDays(1), series.interval());
        assertEquals(List.of(1L, 4L, 0L, 1L), series.totals());
        assertEquals(List.of(new AggregationResult.Series("scan", 3, List.of(1L, 2L, 0L, 0L))), series.series());
        assertEquals(List.of(0L, 2L, 0L, 1L), series.other());
    }

    @Test
    void splitByNumbersAndWithoutSplit() throws Exception {
        AggregationResults results = aggregate(HO_CHI_MINH, new Aggregation.DateHistogram("ports", 4,
                "destination.port", 5), Aggregation.DateHistogram.of("all", 4));

        assertEquals(List.of("22", "80", "443"),
                results.timeSeries("ports").series().stream().map(AggregationResult.Series::value).toList());
        assertEquals(results.timeSeries("all").totals(), results.timeSeries("all").other());
        // Day buckets start at midnight in Ho Chi Minh City, 17:00 UTC the day before.
        assertEquals(Instant.parse("2026-10-23T17:00:00Z"), results.timeSeries("all").starts().get(0));
    }

    @Test
    void distinctCountIsExactAcrossSegments() throws Exception {
        AggregationResults results = aggregate(PARIS, new Aggregation.Distinct("ips", "source.ip"),
                new Aggregation.Distinct("tags", "tags"), new Aggregation.Distinct("ports", "destination.port"),
                new Aggregation.Distinct("none", "no.such.field"));

        assertEquals(new AggregationResult.DistinctCount("ips", "source.ip", 4, false), results.distinct("ips"));
        assertEquals(3, results.distinct("tags").value());
        assertEquals(3, results.distinct("ports").value());
        assertEquals(0, results.distinct("none").value());
    }

    @Test
    void statsOfANumericField() throws Exception {
        AggregationResult.NumericStats bytes = aggregate(PARIS, new Aggregation.Stats("bytes", "network.bytes"))
                .stats("bytes");

        assertEquals(new AggregationResult.NumericStats("bytes", "network.bytes", 4, 160, 3, 100), bytes);
        assertEquals(40, bytes.average());
    }

    @Test
    void heatMapFollowsTheZoneAcrossTheEndOfSummerTime() throws Exception {
        AggregationResult.HeatMap paris = aggregate(PARIS, new Aggregation.HeatMap("week")).heatMap("week");

        // 00:30Z is 02:30 summer time; 01:30Z, after the clocks went back, is 02:30 again.
        assertEquals(1, paris.count(DayOfWeek.SUNDAY, 0));
        assertEquals(2, paris.count(DayOfWeek.SUNDAY, 2));
        assertEquals(1, paris.count(DayOfWeek.SUNDAY, 3));
        assertEquals(1, paris.count(DayOfWeek.SUNDAY, 4));
        assertEquals(1, paris.count(DayOfWeek.TUESDAY, 13));
        assertEquals(6, paris.cells().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void heatMapInVietnamIsSevenHoursAhead() throws Exception {
        AggregationResult.HeatMap vietnam = aggregate(HO_CHI_MINH, new Aggregation.HeatMap("week")).heatMap("week");

        assertEquals(1, vietnam.count(DayOfWeek.SUNDAY, 5));
        assertEquals(1, vietnam.count(DayOfWeek.SUNDAY, 7));
        assertEquals(1, vietnam.count(DayOfWeek.TUESDAY, 19));
    }

    @Test
    void filtersAreCountedInTheSamePass() throws Exception {
        AggregationResults results = aggregate(PARIS, new Aggregation.Filters("kinds", List.of(
                new Aggregation.NamedFilter("scans", KqlParser.parse("event.action:scan")),
                new Aggregation.NamedFilter("private", KqlParser.parse("source.ip:10.0.0.0/8")),
                new Aggregation.NamedFilter("tagged", KqlParser.parse("tags:*")),
                new Aggregation.NamedFilter("none", KqlParser.parse("event.action:nothing")))));

        assertEquals(List.of(new AggregationResult.FilterCount("scans", 3),
                new AggregationResult.FilterCount("private", 4), new AggregationResult.FilterCount("tagged", 3),
                new AggregationResult.FilterCount("none", 0)), results.filters("kinds").counts());
        assertEquals(6, results.hits());
    }

    @Test
    void theQueryNarrowsEveryAggregation() throws Exception {
        AggregationRequest request = new AggregationRequest(new EventQuery(KqlParser.parse("event.action:logon"),
                RANGE), PARIS, List.of(new Aggregation.Stats("bytes", "network.bytes"),
                        new Aggregation.Distinct("ips", "source.ip")));

        AggregationResults results = source.aggregate(request, Cancellation.none());

        assertEquals(2, results.hits());
        assertEquals(1, results.stats("bytes").count());
        assertEquals(2, results.distinct("ips").value());
    }

    @Test
    void previousPeriodHasTheSameLengthJustBefore() throws Exception {
        AggregationRequest request = new AggregationRequest(new EventQuery(KqlParser.parse("*"),
                new TimeRange(Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T03:00:00Z"))), PARIS,
                List.of(Aggregation.Terms.of("actions", "event.action", 5)));

        AggregationResults now = source.aggregate(request, Cancellation.none());
        AggregationResults before = source.aggregate(request.previousPeriod(), Cancellation.none());

        assertEquals(2, now.hits());
        assertEquals(1, before.hits());
        assertEquals(List.of(bucket("scan", 1)), before.terms("actions").buckets());
    }

    @Test
    void badFieldsAreNamed() {
        SourceException text = assertThrows(SourceException.class,
                () -> aggregate(PARIS, new Aggregation.Stats("s", "message")));
        SourceException unknown = assertThrows(SourceException.class,
                () -> aggregate(PARIS, new Aggregation.Stats("s", "no.such.field")));
        SourceException keyword = assertThrows(SourceException.class,
                () -> aggregate(PARIS, new Aggregation.Stats("s", "event.action")));

        for (SourceException e : List.of(text, unknown, keyword)) {
            assertEquals(SourceException.Kind.BAD_QUERY, e.kind(), e.getMessage());
        }
        assertTrue(text.getMessage().contains("message"), text.getMessage());
        assertTrue(unknown.getMessage().contains("no.such.field"), unknown.getMessage());
        assertTrue(keyword.getMessage().contains("event.action") && keyword.getMessage().contains("keyword"),
                keyword.getMessage());
    }

    @Test
    void aCancelledRequestStops() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();

        SourceException e = assertThrows(SourceException.class, () -> source.aggregate(new AggregationRequest(
                new EventQuery(KqlParser.parse("*"), RANGE), PARIS, List.of(new Aggregation.HeatMap("h"))), cancelled));

        assertEquals(SourceException.Kind.CANCELLED, e.kind());
    }

    @Test
    void emptyResultsAreNotNumbers() throws Exception {
        AggregationRequest request = new AggregationRequest(new EventQuery(KqlParser.parse("event.action:nothing"),
                RANGE), PARIS, List.of(new Aggregation.Stats("bytes", "network.bytes")));

        AggregationResult.NumericStats stats = source.aggregate(request, Cancellation.none()).stats("bytes");

        assertEquals(0, stats.count());
        assertTrue(Double.isNaN(stats.min()) && Double.isNaN(stats.max()) && Double.isNaN(stats.average()));
        assertEquals(0.0, stats.sum());
    }

    private static AggregationResults aggregate(ZoneId zone, Aggregation... aggregations) throws Exception {
        return source.aggregate(new AggregationRequest(new EventQuery(KqlParser.parse("*"), RANGE), zone,
                List.of(aggregations)), Cancellation.none());
    }

    private static AggregationResult.Bucket bucket(String value, long count) {
        return AggregationResult.Bucket.of(value, count);
    }

    private static Event event(int n, String time, String action, String ip, Long port, Long bytes,
            List<String> tags) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.action", action);
        fields.put("source.ip", ip);
        fields.put("destination.port", port);
        if (bytes != null) {
            fields.put("network.bytes", bytes);
        }
        if (!tags.isEmpty()) {
            fields.put("tags", tags.size() == 1 ? tags.get(0) : tags);
        }
        fields.put("message", "event number " + n);
        return new Event("e" + n, Instant.parse(time), fields);
    }
}
