package org.vigil.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Event;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.Histogram;
import org.vigil.events.TopTerms;

/** Histograms and top terms agree with counting the generator's events by hand. */
class AggregationsTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final DemoSettings SETTINGS = DemoSettings.standard(END, 20_000);
    private static final List<Event> EVENTS = new DemoData(SETTINGS).events().toList();

    @TempDir
    static Path directory;
    private static LuceneEventStore store;

    @BeforeAll
    static void fill() throws Exception {
        store = LuceneEventStore.open("test", directory);
        store.add(EVENTS.iterator(), Cancellation.none());
        store.commit();
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void dayHistogramCountsEveryEventInItsVietnameseDay() throws Exception {
        TimeRange range = new TimeRange(SETTINGS.start(), END);
        Histogram histogram = store.histogram(new MatchAllDocsQuery(), range, Duration.ofDays(1), ZoneOffset.ofHours(7));

        assertEquals(EVENTS.size(), histogram.total());
        Map<Instant, Long> expected = EVENTS.stream().collect(Collectors.groupingBy(
                event -> event.timestamp().atOffset(ZoneOffset.ofHours(7)).toLocalDate().atStartOfDay()
                        .toInstant(ZoneOffset.ofHours(7)), Collectors.counting()));
        histogram.buckets().stream().filter(bucket -> bucket.count() > 0)
                .forEach(bucket -> assertEquals(expected.get(bucket.start()), bucket.count(), bucket.start().toString()));
        assertTrue(histogram.buckets().size() >= 28, "buckets: " + histogram.buckets().size());
    }

    @Test
    void topScannersMatchAHandCount() throws Exception {
        TopTerms top = store.topTerms(new TermQuery(new Term("event.action", "port-scan")), "source.ip", 5);

        List<Event> scans = EVENTS.stream().filter(e -> "port-scan".equals(e.get("event.action"))).toList();
        assertEquals(scans.size(), top.hits());
        assertEquals(scans.size(), top.withField());
        assertEquals(handTop(scans, "source.ip", 5), top.terms());
    }

    @Test
    void topPortsAreNumbersAndShareIsOfAllHits() throws Exception {
        TopTerms top = store.topTerms(new MatchAllDocsQuery(), "destination.port", 3);

        assertEquals(handTop(EVENTS, "destination.port", 3), top.terms());
        assertEquals((double) top.terms().get(0).count() / EVENTS.size(), top.share(top.terms().get(0)), 1e-9);
        assertTrue(top.withField() < top.hits(), "vulnerability findings have no destination port");
    }

    @Test
    void topActionsOverEveryEventMatchAHandCount() throws Exception {
        TopTerms top = store.topTerms(new MatchAllDocsQuery(), "event.action", 5);

        assertEquals(EVENTS.size(), top.hits());
        assertEquals(EVENTS.stream().filter(e -> e.get("event.action") != null).count(), top.withField());
        assertEquals(handTop(EVENTS, "event.action", 5), top.terms());
    }

    @Test
    void replacedEventsCountOnceInTopTerms(@TempDir Path other) throws Exception {
        try (LuceneEventStore replaced = LuceneEventStore.open("test", other)) {
            replaced.add(EVENTS.iterator(), Cancellation.none());
            replaced.commit();
            replaced.add(EVENTS.subList(0, 500).iterator(), Cancellation.none());
            replaced.commit();

            TopTerms top = replaced.topTerms(new MatchAllDocsQuery(), "event.action", 5);

            assertEquals(EVENTS.size(), top.hits());
            assertEquals(handTop(EVENTS, "event.action", 5), top.terms());
        }
    }

    @Test
    void textFieldsAreCountedByWholeValue() throws Exception {
        // As Elasticsearch counts a text's keyword sub-field: whole messages, not their words.
        assertEquals(handTop(EVENTS, "message", 5), store.topTerms(new MatchAllDocsQuery(), "message", 5).terms());
    }

    private static List<TopTerms.Term> handTop(List<Event> events, String field, int size) {
        Map<String, Long> counts = events.stream().map(event -> event.get(field)).filter(Objects::nonNull)
                .map(Object::toString).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size).map(entry -> new TopTerms.Term(entry.getKey(), entry.getValue())).toList();
    }
}
