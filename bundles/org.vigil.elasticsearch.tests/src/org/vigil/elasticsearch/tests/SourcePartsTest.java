package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.IndexMappings;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.elasticsearch.internal.SearchCursors;
import org.vigil.events.Cursor;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/** The parts of the Elasticsearch source that need no node: the index mapping and the cursors. */
class SourcePartsTest {

    @Test
    void mappingGivesEachVigilTypeItsElasticsearchType() {
        Map<String, FieldType> types = new TreeMap<>();
        for (FieldType type : FieldType.values()) {
            types.put("f." + type.name().toLowerCase(), type);
        }

        TypeMapping mapping = IndexMappings.forTypes(types);

        Map<FieldType, Property.Kind> kinds = new EnumMap<>(FieldType.class);
        types.forEach((name, type) -> kinds.put(type, mapping.properties().get(name)._kind()));
        assertEquals(Map.of(FieldType.KEYWORD, Property.Kind.Keyword, FieldType.TEXT, Property.Kind.Text,
                FieldType.IP, Property.Kind.Ip, FieldType.LONG, Property.Kind.Long, FieldType.DOUBLE,
                Property.Kind.Double, FieldType.DATE, Property.Kind.Date, FieldType.BOOLEAN, Property.Kind.Boolean),
                kinds);
        assertEquals("standard", mapping.properties().get("f.text").text().analyzer());
        assertEquals(Property.Kind.Date, mapping.properties().get("@timestamp")._kind());
        assertEquals(Property.Kind.Keyword, mapping.properties().get(ElasticsearchEventSource.ID_FIELD)._kind());
    }

    @Test
    void mappingReducesBackToTheSameTypes() {
        Map<String, FieldType> types = Map.of("source.ip", FieldType.IP, "message", FieldType.TEXT, "bytes",
                FieldType.LONG);

        DslFields fields = FieldMappings.fromMapping(IndexMappings.forTypes(types));

        types.forEach((name, type) -> assertEquals(type, fields.get(name).map(DslField::type).orElseThrow()));
        assertEquals(FieldType.DATE, fields.get("@timestamp").orElseThrow().type());
    }

    @Test
    void cursorCarriesPointInTimeAndSortValues() {
        SearchCursors.Position position = new SearchCursors.Position("pit+id/==", List.of(FieldValue.of(1762000000000L),
                FieldValue.of("demo-85-1|x"), FieldValue.of(2.5), FieldValue.of(true), FieldValue.NULL));

        Cursor cursor = SearchCursors.write(position);

        SearchCursors.Position read = SearchCursors.read(cursor);
        assertEquals(position.pit(), read.pit());
        assertEquals(position.after().stream().map(FieldValue::_get).toList(),
                read.after().stream().map(FieldValue::_get).toList());
    }

    @Test
    void cursorOfAnotherSourceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SearchCursors.read(new Cursor("l1762000000000|bZGVtbw")));
        assertThrows(IllegalArgumentException.class, () -> SearchCursors.read(new Cursor("es1|pit|x1")));
    }
}
