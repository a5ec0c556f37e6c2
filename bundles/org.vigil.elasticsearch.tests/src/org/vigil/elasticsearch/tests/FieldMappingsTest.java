package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;

/**
 * Reduces mappings built in memory: the types of plugins the test node lacks (x-pack,
 * mapper-extras), and the merging of several indices.
 */
class FieldMappingsTest {

    @Test
    void pluginTypesAreReducedToo() {
        TypeMapping mapping = TypeMapping.of(m -> m.properties("count", p -> p.unsignedLong(x -> x))
                .properties("ratio", p -> p.scaledFloat(x -> x.scalingFactor(100.0)))
                .properties("error", p -> p.matchOnlyText(x -> x))
                .properties("event", p -> p.object(o -> o.properties("dataset",
                        d -> d.constantKeyword(x -> x.value(JsonData.of("auth"))))))
                .properties("url", p -> p.object(o -> o.properties("original", u -> u.wildcard(x -> x)))));

        assertEquals(Map.of("count", new DslField(FieldType.LONG, "count"),
                "ratio", new DslField(FieldType.DOUBLE, "ratio"),
                "error", new DslField(FieldType.TEXT, null),
                "event.dataset", new DslField(FieldType.KEYWORD, "event.dataset"),
                "url.original", new DslField(FieldType.KEYWORD, "url.original")),
                FieldMappings.fromMapping(mapping).fields());
    }

    @Test
    void theFirstIndexWinsWhenIndicesDisagree() {
        TypeMapping first = TypeMapping.of(m -> m.properties("code", p -> p.keyword(k -> k)));
        TypeMapping second = TypeMapping.of(m -> m.properties("code", p -> p.long_(l -> l))
                .properties("bytes", p -> p.long_(l -> l)));

        DslFields fields = FieldMappings.fromMappings(List.of(first, second));

        assertEquals(Optional.of(new DslField(FieldType.KEYWORD, "code")), fields.get("code"));
        assertEquals(List.of("bytes", "code"), fields.matching("*"));
    }

    @Test
    void aFieldWithTwoTypesInTwoIndicesKeepsEachTypeWithItsIndices() {
        Map<String, TypeMapping> indices = new LinkedHashMap<>();
        indices.put("vigil-events-zeek.ntp", TypeMapping.of(m -> m.properties("version", p -> p.long_(l -> l))));
        indices.put("vigil-events-zeek.ssl", TypeMapping.of(m -> m.properties("version", p -> p.keyword(k -> k))
                .properties("bytes", p -> p.long_(l -> l))));
        indices.put("vigil-events-zeek.dns", TypeMapping.of(m -> m.properties("version", p -> p.keyword(k -> k))
                .properties("bytes", p -> p.long_(l -> l))));

        DslFields fields = FieldMappings.fromIndexMappings(indices);

        assertEquals(List.of(new DslFields.Typed(new DslField(FieldType.LONG, "version"), List.of("vigil-events-zeek.ntp")),
                new DslFields.Typed(new DslField(FieldType.KEYWORD, "version"),
                        List.of("vigil-events-zeek.ssl", "vigil-events-zeek.dns"))),
                fields.typesOf("version"));
        assertEquals(List.of(new DslFields.Typed(new DslField(FieldType.LONG, "bytes"), List.of())),
                fields.typesOf("bytes"), "one type needs no index filter");
    }
}
