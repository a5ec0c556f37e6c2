package org.vigil.opensearch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.vigil.core.model.FieldType;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.DslFields;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a pattern's indices, read from their mappings ({@code GET <pattern>/_mapping}),
 * with Vigil's type for each engine type. Where indices disagree on a field's type, each type is
 * kept with its indices, so that a query gives each index the clause of its type; the newest index
 * (the last name in order: daily and rollover indices are named so) decides the field list's type.
 * Sub-fields such as {@code message.keyword} can be named in a query but are not listed.
 */
public final class Mappings {

    private Mappings() {
    }

    /**
     * @param answer the answer of {@code GET <pattern>/_mapping}
     * @return every typed field by dotted name
     */
    public static DslFields read(JsonNode answer) {
        List<String> indices = new ArrayList<>();
        answer.fieldNames().forEachRemaining(indices::add);
        indices.sort(Comparator.reverseOrder());
        DslFields.Builder fields = DslFields.builder();
        for (String index : indices) {
            collect(answer.path(index).path("mappings").path("properties"), "", index, fields); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return fields.build();
    }

    private static void collect(JsonNode properties, String prefix, String index, DslFields.Builder fields) {
        Iterator<Map.Entry<String, JsonNode>> members = properties.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String name = prefix + member.getKey();
            JsonNode mapping = member.getValue();
            if (mapping.has("properties")) { //$NON-NLS-1$
                collect(mapping.path("properties"), name + '.', index, fields); //$NON-NLS-1$
                continue;
            }
            FieldType type = type(mapping.path("type").asText("object")); //$NON-NLS-1$ //$NON-NLS-2$
            if (type != null) {
                fields.add(index, name, new DslField(type, exact(name, type, mapping)));
                subFields(name, mapping, fields);
            }
        }
    }

    private static void subFields(String name, JsonNode mapping, DslFields.Builder fields) {
        Iterator<Map.Entry<String, JsonNode>> subFields = mapping.path("fields").fields(); //$NON-NLS-1$
        while (subFields.hasNext()) {
            Map.Entry<String, JsonNode> sub = subFields.next();
            FieldType type = type(sub.getValue().path("type").asText()); //$NON-NLS-1$
            String subName = name + '.' + sub.getKey();
            if (type != null) {
                fields.addSubField(subName, new DslField(type, type == FieldType.TEXT ? null : subName));
            }
        }
    }

    /** Text has whole values only in a keyword sub-field ({@code message.keyword}), if mapped. */
    private static String exact(String name, FieldType type, JsonNode mapping) {
        if (type != FieldType.TEXT) {
            return name;
        }
        Iterator<Map.Entry<String, JsonNode>> subFields = mapping.path("fields").fields(); //$NON-NLS-1$
        while (subFields.hasNext()) {
            Map.Entry<String, JsonNode> sub = subFields.next();
            if (type(sub.getValue().path("type").asText()) == FieldType.KEYWORD) { //$NON-NLS-1$
                return name + '.' + sub.getKey();
            }
        }
        return null;
    }

    /** @return Vigil's type for an engine type, null for those it does not search (objects, geo, binary) */
    static FieldType type(String engineType) {
        return switch (engineType) {
            case "keyword", "constant_keyword", "wildcard" -> FieldType.KEYWORD; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "text", "match_only_text" -> FieldType.TEXT; //$NON-NLS-1$ //$NON-NLS-2$
            case "long", "integer", "short", "byte", "unsigned_long" -> FieldType.LONG; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            case "double", "float", "half_float", "scaled_float" -> FieldType.DOUBLE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "date", "date_nanos" -> FieldType.DATE; //$NON-NLS-1$ //$NON-NLS-2$
            case "ip" -> FieldType.IP; //$NON-NLS-1$
            case "boolean" -> FieldType.BOOLEAN; //$NON-NLS-1$
            default -> null;
        };
    }
}
