package org.vigil.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Aggregation;
import org.vigil.events.AggregationRequest;
import org.vigil.events.AggregationResult;
import org.vigil.events.AggregationResults;
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
import org.vigil.query.KqlParser;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;

/** The aggregation request and results of the SPI, and what a source written before them answers. */
class AggregationRequestTest {

    private static final TimeRange WEEK = new TimeRange(Instant.parse("2026-11-16T00:00:00Z"),
            Instant.parse("2026-11-23T00:00:00Z"));

    @Test
    void previousPeriodIsTheSameLengthJustBefore() {
        AggregationRequest request = request(List.of(new Aggregation.HeatMap("week")));

        AggregationRequest before = request.previousPeriod();

        assertEquals(new TimeRange(Instant.parse("2026-11-09T00:00:00Z"), WEEK.from()), before.query().range());
        assertEquals(request.aggregations(), before.aggregations());
        assertEquals(request.zone(), before.zone());
    }

    @Test
    void twoAggregationsCannotShareAName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> request(
                List.of(Aggregation.Terms.of("top", "source.ip", 5), new Aggregation.Distinct("top", "source.ip"))));

        assertTrue(e.getMessage().contains("top"), e.getMessage());
    }

    @Test
    void gridOffsetIsTheZonesOffsetAtTheStart() {
        AggregationRequest paris = new AggregationRequest(new EventQuery(everything(),
                new TimeRange(Instant.parse("2026-10-20T00:00:00Z"), Instant.parse("2026-10-30T00:00:00Z"))),
                ZoneId.of("Europe/Paris"), List.of());

        assertEquals(ZoneOffset.ofHours(2), paris.gridOffset());
        assertEquals(ZoneOffset.ofHours(7), request(List.of()).gridOffset());
    }

    @Test
    void heatMapCellsAreByDayThenHour() {
        List<Long> cells = new java.util.ArrayList<>(Collections.nCopies(AggregationResult.HeatMap.CELLS, 0L));
        cells.set(AggregationResult.HeatMap.index(DayOfWeek.SUNDAY, 23), 9L);

        AggregationResult.HeatMap map = new AggregationResult.HeatMap("week", ZoneId.of("Asia/Ho_Chi_Minh"), cells);

        assertEquals(167, AggregationResult.HeatMap.index(DayOfWeek.SUNDAY, 23));
        assertEquals(9, map.count(DayOfWeek.SUNDAY, 23));
        assertThrows(IllegalArgumentException.class,
                () -> new AggregationResult.HeatMap("week", ZoneId.of("UTC"), List.of(1L)));
    }

    @Test
    void resultsAreFoundByNameAndKind() {
        AggregationResults results = AggregationResults.of(12, List.of(
                new AggregationResult.DistinctCount("ips", "source.ip", 3, false),
                new AggregationResult.NumericStats("bytes", "network.bytes", 0, 0, Double.NaN, Double.NaN)));

        assertEquals(3, results.distinct("ips").value());
        assertTrue(Double.isNaN(results.stats("bytes").average()));
        assertThrows(IllegalArgumentException.class, () -> results.terms("ips"));
        assertThrows(UnsupportedOperationException.class, () -> results.results().clear());
    }

    @Test
    void aSourceWrittenBeforeAggregationsSaysItCannot() {
        SourceException e = assertThrows(SourceException.class,
                () -> new OldSource().aggregate(request(List.of(new Aggregation.HeatMap("h"))), Cancellation.none()));

        assertEquals(SourceException.Kind.BAD_QUERY, e.kind());
        assertEquals("old", e.source());
        assertTrue(e.getMessage().contains("old"), e.getMessage());
    }

    private static AggregationRequest request(List<Aggregation> aggregations) {
        return new AggregationRequest(new EventQuery(everything(), WEEK), ZoneId.of("Asia/Ho_Chi_Minh"),
                aggregations);
    }

    private static QueryNode everything() {
        try {
            return KqlParser.parse("*");
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plugin's source compiled against package version 0.2.4. */
    private static final class OldSource implements EventSource {
        @Override
        public SourceDescriptor descriptor() {
            return new SourceDescriptor("old", "Old", "plugin", "nowhere");
        }

        @Override
        public List<FieldInfo> fields(Cancellation cancellation) {
            return List.of();
        }

        @Override
        public SearchPage search(SearchRequest request, Cancellation cancellation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(EventQuery query, Cancellation cancellation) {
            return 0;
        }

        @Override
        public Histogram histogram(EventQuery query, int targetBuckets, ZoneOffset offset,
                Cancellation cancellation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TopTerms topTerms(EventQuery query, String field, int size, Cancellation cancellation) {
            throw new UnsupportedOperationException();
        }
    }
}
