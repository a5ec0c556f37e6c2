package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Histogram;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.SourceException;
import org.vigil.events.TopTerms;
import org.vigil.events.TopValuesCache;
import org.vigil.query.MatchAll;
import org.vigil.query.Span;

/** Completion asks the source once for a field's values, then again only after a while. */
class TopValuesCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final EventQuery EVERYTHING = new EventQuery(new MatchAll(new Span(0, 0)),
            new TimeRange(NOW.minus(Duration.ofDays(1)), NOW));

    private final CountingSource source = new CountingSource();
    private Instant now = NOW;
    private final TopValuesCache cache = new TopValuesCache(Duration.ofSeconds(30), new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void valuesLoadedAreServedUntilTheyExpire() throws SourceException {
        assertTrue(cache.cached("counting", "event.action").isEmpty());
        assertEquals(List.of("port-scan", "logon-failed"), cache.load(source, EVERYTHING, "event.action", 10,
                Cancellation.none()));
        now = NOW.plusSeconds(29);
        assertEquals(List.of("port-scan", "logon-failed"), cache.cached("counting", "event.action").orElseThrow());
        now = NOW.plusSeconds(30);
        assertTrue(cache.cached("counting", "event.action").isEmpty());
        assertEquals(1, source.calls.get());
    }

    @Test
    void fieldsAndSourcesAreKeptApartAndClearingForgetsAll() throws SourceException {
        cache.load(source, EVERYTHING, "event.action", 10, Cancellation.none());
        assertTrue(cache.cached("counting", "source.ip").isEmpty());
        assertTrue(cache.cached("other", "event.action").isEmpty());
        cache.clear();
        assertTrue(cache.cached("counting", "event.action").isEmpty());
    }

    @Test
    void aCancelledLoadKeepsNothing() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        try {
            cache.load(source, EVERYTHING, "event.action", 10, cancelled);
        } catch (SourceException e) {
            assertEquals(SourceException.Kind.CANCELLED, e.kind());
        }
        assertTrue(cache.cached("counting", "event.action").isEmpty());
    }

    /** Answers top terms only, counting the calls; cancellation is checked as every source does. */
    private static final class CountingSource implements EventSource {

        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public SourceDescriptor descriptor() {
            return new SourceDescriptor("counting", "Counting", "test", "memory");
        }

        @Override
        public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation)
                throws SourceException {
            cancellation.check("counting");
            calls.incrementAndGet();
            return new TopTerms(field, 10, 10,
                    List.of(new TopTerms.Term("port-scan", 7), new TopTerms.Term("logon-failed", 3)));
        }

        @Override
        public List<FieldInfo> fields(Cancellation cancellation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SearchPage search(SearchRequest request, Cancellation cancellation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(EventQuery query, Cancellation cancellation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset,
                Cancellation cancellation) {
            throw new UnsupportedOperationException();
        }
    }
}
