package org.vigil.elasticsearch;

import java.util.Map;
import java.util.TreeMap;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * The explicit mapping of indices Vigil writes, derived from Vigil's field types so that
 * Elasticsearch indexes each field the way the embedded store does and both find the same events:
 * text with the {@code standard} analyser (no stop words, as the embedded store), IPs as
 * {@code ip}, numbers, dates and booleans as such, everything else as {@code keyword}.
 * {@code @timestamp} is always a date and {@value ElasticsearchEventSource#ID_FIELD} always a
 * keyword, the sort tie-breaker of {@link ElasticsearchEventSource}.
 */
public final class IndexMappings {

    private static final String STANDARD_ANALYZER = "standard"; //$NON-NLS-1$

    private IndexMappings() {
    }

    /**
     * @param types the flattened field names and their Vigil types
     * @return the mapping, with dotted names as Elasticsearch expands them into objects
     */
    public static TypeMapping forTypes(Map<String, FieldType> types) {
        Map<String, FieldType> all = new TreeMap<>(types);
        all.put(Event.TIMESTAMP, FieldType.DATE);
        all.put(ElasticsearchEventSource.ID_FIELD, FieldType.KEYWORD);
        return TypeMapping.of(mapping -> {
            all.forEach((name, type) -> mapping.properties(name, property(type)));
            return mapping;
        });
    }

    /**
     * @param type a Vigil field type
     * @return the Elasticsearch field that indexes it as Vigil searches it
     */
    public static Property property(FieldType type) {
        return switch (type) {
            case KEYWORD -> Property.of(p -> p.keyword(k -> k));
            case TEXT -> Property.of(p -> p.text(t -> t.analyzer(STANDARD_ANALYZER)));
            case IP -> Property.of(p -> p.ip(i -> i));
            case LONG -> Property.of(p -> p.long_(l -> l));
            case DOUBLE -> Property.of(p -> p.double_(d -> d));
            case DATE -> Property.of(p -> p.date(d -> d));
            case BOOLEAN -> Property.of(p -> p.boolean_(b -> b));
        };
    }
}
