package org.vigil.elasticsearch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.internal.PrettyJson;
import org.vigil.events.EventQuery;
import org.vigil.events.FieldInfo;
import org.vigil.events.dsl.DslField;
import org.vigil.events.dsl.QueryDslException;

/**
 * The Elasticsearch Query DSL a Vigil query translates to, as indented JSON, for the operator
 * who wants to see or reuse it (for example in Kibana's Dev Tools). The translation is the SDK's
 * ({@link org.vigil.events.dsl.QueryDsl}), the one every Elasticsearch-compatible source sends.
 */
public final class QueryDsl {

    private QueryDsl() {
    }

    /**
     * Translates against a field list from any source, as if its fields were mapped in
     * Elasticsearch with the same types and aggregatable fields searched by their whole value.
     *
     * @param query the query and time range
     * @param fields the fields with their types, e.g. from {@code EventSource.fields}
     * @param now what {@code now} means in date math
     * @param timestampField the field the time range bounds
     * @return the query as indented JSON
     * @throws IllegalArgumentException, with a translated message, if a value does not fit its
     *             field's type
     */
    public static String forFields(EventQuery query, List<FieldInfo> fields, Instant now, String timestampField) {
        Map<String, DslField> mappings = fields.stream()
                .collect(Collectors.toMap(FieldInfo::name, QueryDsl::mapping, (first, second) -> first));
        try {
            return PrettyJson.indent(new org.vigil.events.dsl.QueryDsl(mappings, now, timestampField)
                    .translate(query.query(), query.range()));
        } catch (QueryDslException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static DslField mapping(FieldInfo field) {
        boolean whole = field.aggregatable() && field.type() != FieldType.TEXT;
        return new DslField(field.type(), whole ? field.name() : null);
    }
}
