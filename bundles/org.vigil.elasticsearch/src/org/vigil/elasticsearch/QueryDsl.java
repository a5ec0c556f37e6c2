package org.vigil.elasticsearch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.internal.FieldMapping;
import org.vigil.elasticsearch.internal.FieldMappings;
import org.vigil.elasticsearch.internal.PrettyJson;
import org.vigil.elasticsearch.internal.QueryDslTranslator;
import org.vigil.elasticsearch.internal.QueryTranslationException;
import org.vigil.events.EventQuery;
import org.vigil.events.FieldInfo;

/**
 * The Elasticsearch Query DSL a Vigil query translates to, as indented JSON, for the operator
 * who wants to see or reuse it (for example in Kibana's Dev Tools).
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
        Map<String, FieldMapping> mappings = fields.stream()
                .collect(Collectors.toMap(FieldInfo::name, QueryDsl::mapping, (first, second) -> first));
        try {
            return json(new QueryDslTranslator(FieldMappings.of(mappings), now, timestampField).translate(query.query(),
                    query.range()));
        } catch (QueryTranslationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static String json(co.elastic.clients.elasticsearch._types.query_dsl.Query query) {
        return PrettyJson.indent(QueryDslTranslator.toJson(query));
    }

    private static FieldMapping mapping(FieldInfo field) {
        boolean whole = field.aggregatable() && field.type() != FieldType.TEXT;
        return new FieldMapping(field.type(), whole ? field.name() : null);
    }
}
