package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * Reduces the mapping a real node returns to Vigil types, for every type the node has without
 * plugins; {@link FieldMappingsTest} covers those of x-pack and mapper-extras.
 */
class FieldMappingsNodeTest {

    private ElasticsearchConnection connection;
    private String index;

    @BeforeEach
    void createIndex() throws Exception {
        connection = EsNodes.connector().open(EsNodes.plain());
        index = "vigil-it-mapping-" + UUID.randomUUID().toString().substring(0, 8);
        connection.call(client -> client.indices().create(create -> create.index(index).mappings(this::mapping)));
    }

    @AfterEach
    void deleteIndex() throws ConnectionFailedException {
        // Without a node the connection was never opened and the test was skipped.
        if (connection != null) {
            try (ElasticsearchConnection open = connection) {
                open.call(client -> client.indices().delete(delete -> delete.index(index)));
            }
        }
    }

    @Test
    void everyElasticsearchTypeIsReducedToItsVigilType() throws ConnectionFailedException {
        Map<String, DslField> expected = new TreeMap<>();
        List.of("@timestamp", "event.created").forEach(name -> expected.put(name, same(FieldType.DATE, name)));
        List.of("bytes", "count.int", "count.short", "count.byte")
                .forEach(name -> expected.put(name, same(FieldType.LONG, name)));
        List.of("score", "ratio.float", "ratio.half")
                .forEach(name -> expected.put(name, same(FieldType.DOUBLE, name)));
        List.of("event.action")
                .forEach(name -> expected.put(name, same(FieldType.KEYWORD, name)));
        expected.put("source.ip", same(FieldType.IP, "source.ip"));
        expected.put("event.success", same(FieldType.BOOLEAN, "event.success"));
        expected.put("message", new DslField(FieldType.TEXT, "message.keyword"));
        expected.put("process.command_line", new DslField(FieldType.TEXT, "process.command_line.raw"));

        assertEquals(expected, fields().fields());
    }

    @Test
    void subFieldsAreNamedExactlyButNotReachedByPatterns() throws ConnectionFailedException {
        DslFields fields = fields();

        assertEquals(Optional.of(same(FieldType.KEYWORD, "message.keyword")), fields.get("message.keyword"));
        assertEquals(List.of("message"), fields.matching("mess*"));
        assertEquals(List.of("event.action", "event.created", "event.success"),
                fields.matching("event.*"));
        assertEquals(Optional.empty(), fields.get("geo.location"));
    }

    private DslFields fields() throws ConnectionFailedException {
        TypeMapping mapping = connection.call(client -> client.indices().getMapping(get -> get.index(index)))
                .get(index).mappings();
        return FieldMappings.fromMapping(mapping);
    }

    private TypeMapping.Builder mapping(TypeMapping.Builder m) {
        return m.properties("@timestamp", p -> p.date(d -> d)).properties("bytes", p -> p.long_(l -> l))
                .properties("score", p -> p.double_(d -> d))
                .properties("count", p -> p.object(o -> o.properties("int", i -> i.integer(x -> x))
                        .properties("short", s -> s.short_(x -> x)).properties("byte", b -> b.byte_(x -> x))))
                .properties("ratio", p -> p.object(o -> o.properties("float", f -> f.float_(x -> x))
                        .properties("half", h -> h.halfFloat(x -> x))))
                .properties("event", p -> p.object(o -> o.properties("action", a -> a.keyword(x -> x))
                        .properties("created", c -> c.dateNanos(x -> x))
                        .properties("success", s -> s.boolean_(x -> x))))
                .properties("source", p -> p.object(o -> o.properties("ip", i -> i.ip(x -> x))))
                .properties("message", p -> p.text(t -> t.fields("keyword", k -> k.keyword(x -> x))))
                .properties("process", p -> p.object(o -> o.properties("command_line",
                        c -> c.text(t -> t.fields("raw", r -> r.keyword(x -> x))
                                .fields("words", w -> w.text(x -> x))))))
                .properties("geo", p -> p.object(o -> o.properties("location", g -> g.geoPoint(x -> x))))
                .properties("related", p -> p.nested(n -> n.properties("user", u -> u.keyword(x -> x))));
    }

    private static DslField same(FieldType type, String name) {
        return new DslField(type, name);
    }
}
