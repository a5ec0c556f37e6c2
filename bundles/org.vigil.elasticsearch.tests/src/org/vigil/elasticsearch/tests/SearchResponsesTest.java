package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.internal.HitEvents;
import org.vigil.elasticsearch.internal.PageRequests;
import org.vigil.elasticsearch.internal.SearchResponses;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * The search source's own requests and answers: page bodies written with the query as it is, and
 * answers read straight into events, as the typed client and a map of the source gave them.
 */
class SearchResponsesTest {

    private static final HitEvents EVENTS = new HitEvents(DslFields.of(Map.of(
            "@timestamp", new DslField(FieldType.DATE, "@timestamp"),
            "destination.port", new DslField(FieldType.LONG, "destination.port"),
            "score", new DslField(FieldType.DOUBLE, "score"),
            "seen", new DslField(FieldType.DATE, "seen"),
            "blocked", new DslField(FieldType.BOOLEAN, "blocked"))), "@timestamp");

    @Test
    void aPageHasItsEventsTotalPointInTimeAndTheLastSortValues() throws IOException {
        SearchResponses.Page page = SearchResponses.page(json("""
                {"pit_id":"p1==","took":3,"timed_out":false,"_shards":{"total":1,"failed":0},
                 "hits":{"total":{"value":1234,"relation":"eq"},"max_score":null,"hits":[
                  {"_index":"i","_id":"a","_score":null,"_source":{"@timestamp":"2026-11-09T18:55:37Z",
                    "source":{"ip":"10.0.0.1","geo":{"country_iso_code":"VN"}},"destination.port":443},
                   "sort":[1762714537000,"a",7]},
                  {"_index":"i","_id":"b","_score":null,"_source":{"@timestamp":1762714536000},
                   "sort":[1762714536000,"b",3]}]}}
                """), EVENTS);

        assertEquals(1234, page.total());
        assertEquals("p1==", page.pitId());
        assertEquals(List.of("a", "b"), page.events().stream().map(Event::id).toList());
        Event first = page.events().get(0);
        assertEquals(Instant.parse("2026-11-09T18:55:37Z"), first.timestamp());
        assertEquals(List.of("source.ip", "source.geo.country_iso_code", "destination.port"),
                List.copyOf(first.fields().keySet()));
        assertEquals(443L, first.get("destination.port"));
        assertEquals(Instant.ofEpochMilli(1762714536000L), page.events().get(1).timestamp());
        assertEquals(List.of(1762714536000L, "b", 3L), page.lastSort().stream().map(FieldValue::_get).toList());
    }

    @Test
    void valuesAreFlattenedAndTypedAsTheEmbeddedStoreGivesThem() throws IOException {
        Event event = SearchResponses.page(json("""
                {"hits":{"total":2,"hits":[{"_id":"x","_source":{"@timestamp":"2026-11-09T18:55:37.250Z",
                  "tags":["a",null,["b"]],"dns":{"answers":[{"data":"1.2.3.4"},{"data":"5.6.7.8","ttl":60}]},
                  "score":2,"seen":"2026-01-02T03:04:05+07:00","blocked":"true","count":7,"big":123456789012345678901,
                  "ratio":0.5,"gone":null,"ok":false}}]}}
                """), EVENTS).events().get(0);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("tags", List.of("a", "b"));
        expected.put("dns.answers.data", List.of("1.2.3.4", "5.6.7.8"));
        expected.put("dns.answers.ttl", 60L);
        expected.put("score", 2.0);
        expected.put("seen", Instant.parse("2026-01-01T20:04:05Z"));
        expected.put("blocked", Boolean.TRUE);
        expected.put("count", 7L);
        expected.put("big", new java.math.BigInteger("123456789012345678901"));
        expected.put("ratio", 0.5);
        expected.put("ok", Boolean.FALSE);
        assertEquals(expected, event.fields());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(event.fields().keySet()));
        assertEquals(Instant.parse("2026-11-09T18:55:37.250Z"), event.timestamp());
    }

    @Test
    void aHitWithoutSourceHasNoFieldsAndTheEpochAsItsTime() throws IOException {
        Event event = SearchResponses.page(json("""
                {"hits":{"total":{"value":1},"hits":[{"_id":"n","_source":null}]}}
                """), EVENTS).events().get(0);

        assertEquals(Map.of(), event.fields());
        assertEquals(Instant.EPOCH, event.timestamp());
    }

    @Test
    void thePointInTimeIdIsReadFromItsAnswer() throws IOException {
        assertEquals("abc==", SearchResponses.pointInTime(json("{\"_shards\":{\"total\":1},\"id\":\"abc==\"}")));
        assertThrows(IOException.class, () -> SearchResponses.pointInTime(json("{\"_shards\":{}}")));
    }

    @Test
    void aPageRequestCarriesTheQueryAsWrittenTheSortAndWhereToContinue() {
        String first = PageRequests.body(new PageRequests.Page("{\"match_all\":{}}", 100, "@timestamp", "event.id",
                false, "p1==", "5m", List.of()));
        String next = PageRequests.body(new PageRequests.Page("{\"match_all\":{}}", 2, "bytes", "event.id", true,
                "p2==", "1m", List.of(FieldValue.of(1762714536000L), FieldValue.of("a\"b"), FieldValue.of(0.5),
                        FieldValue.of(true), FieldValue.NULL)));

        assertEquals("{\"pit\":{\"id\":\"p1==\",\"keep_alive\":\"5m\"},\"query\":{\"match_all\":{}},\"size\":100,"
                + "\"track_total_hits\":true,\"sort\":[{\"@timestamp\":{\"order\":\"desc\"}},"
                + "{\"event.id\":{\"order\":\"desc\",\"unmapped_type\":\"keyword\"}}]}", first);
        assertEquals("{\"pit\":{\"id\":\"p2==\",\"keep_alive\":\"1m\"},\"query\":{\"match_all\":{}},\"size\":2,"
                + "\"track_total_hits\":true,\"sort\":[{\"bytes\":{\"order\":\"asc\"}},"
                + "{\"event.id\":{\"order\":\"asc\",\"unmapped_type\":\"keyword\"}}],"
                + "\"search_after\":[1762714536000,\"a\\\"b\",0.5,true,null]}", next);
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
