package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.IndexMappings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.SearchPage;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.query.KqlParser;

import co.elastic.clients.elasticsearch._types.Refresh;

/**
 * Pages through twelve thousand events, past the ten thousand hits a plain search allows, and
 * gets each once, newest first, ties (seven events share each second) broken by id.
 */
class DeepPagingTest {

    private static final int EVENTS = 12_000;
    private static final int PAGE = 1_000;
    private static final int SAME_SECOND = 7;
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final TimeRange RANGE = new TimeRange(START, START.plus(Duration.ofDays(1)));

    private static ElasticsearchConnection connection;
    private static String index;
    private static ElasticsearchEventSource source;

    @BeforeAll
    static void indexTinyEvents() throws Exception {
        connection = EsNodes.connector().open(EsNodes.plain());
        index = "vigil-it-paging-" + UUID.randomUUID().toString().substring(0, 8);
        connection.call(client -> client.indices().create(create -> create.index(index)
                .mappings(IndexMappings.forTypes(Map.of("event.action", FieldType.KEYWORD)))));
        for (int from = 0; from < EVENTS; from += 3_000) {
            int first = from;
            connection.call(client -> client.bulk(bulk -> {
                IntStream.range(first, first + 3_000).forEach(n -> bulk.operations(op -> op
                        .index(i -> i.index(index).id(id(n)).document(CrossEngineFixture.document(event(n))))));
                return bulk.refresh(Refresh.True);
            }));
        }
        source = new ElasticsearchEventSource(new SourceDescriptor("paging", "Paging", "elasticsearch", index),
                connection, index, Event.TIMESTAMP, Clock.fixed(START, ZoneOffset.UTC));
    }

    @AfterAll
    static void dropIndex() throws ConnectionFailedException {
        if (index != null) {
            connection.call(client -> client.indices().delete(delete -> delete.index(index)));
        }
        connection.close();
    }

    @Test
    void pagesPastTenThousandHitsInOrderWithEveryEventOnce() throws Exception {
        SearchRequest request = SearchRequest.newestFirst(new EventQuery(KqlParser.parse("*"), RANGE), PAGE);
        List<String> ids = new ArrayList<>();
        SearchPage page = source.search(request, Cancellation.none());
        while (true) {
            assertEquals(EVENTS, page.total());
            page.events().forEach(event -> ids.add(event.id()));
            if (page.next() == null) {
                break;
            }
            page = source.search(request.after(page.next()), Cancellation.none());
        }

        assertEquals(expectedOrder(), ids);
        assertNull(page.next());
    }

    @Test
    void pagesOldestFirstToo() throws Exception {
        SearchRequest request = new SearchRequest(new EventQuery(KqlParser.parse("event.action:tick"), RANGE),
                Event.TIMESTAMP, true, 4_500, null);
        List<String> ids = new ArrayList<>();
        for (SearchPage page = source.search(request, Cancellation.none()); ; page = source
                .search(request.after(page.next()), Cancellation.none())) {
            page.events().forEach(event -> ids.add(event.id()));
            if (page.next() == null) {
                break;
            }
        }

        assertEquals(expectedOrder().reversed(), ids);
    }

    private static List<String> expectedOrder() {
        return IntStream.range(0, EVENTS).mapToObj(DeepPagingTest::event)
                .sorted(Comparator.comparing(Event::timestamp).thenComparing(Event::id).reversed()).map(Event::id)
                .toList();
    }

    private static Event event(int n) {
        Instant time = START.plusSeconds(n / SAME_SECOND);
        return new Event(id(n), time, Map.of("event.action", "tick", ElasticsearchEventSource.ID_FIELD, id(n)));
    }

    /** Ids whose text order differs from the order of their numbers, so that ties test the id order. */
    private static String id(int n) {
        return "p-" + Integer.toString(n * 7919 % EVENTS, 36) + "-" + n;
    }
}
