package org.vigil.elasticsearch.internal;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** Boolean combinations of queries that keep the translated body as small as the query allows. */
final class Queries {

    private Queries() {
    }

    /** @return the query that matches no document */
    static Query none() {
        return Query.of(q -> q.matchNone(m -> m));
    }

    /** @return the query that matches every document */
    static Query all() {
        return Query.of(q -> q.matchAll(m -> m));
    }

    /**
     * @param queries the alternatives, possibly none
     * @return a query matching what at least one of them matches; nothing for no alternative
     */
    static Query anyOf(List<Query> queries) {
        return switch (queries.size()) {
            case 0 -> none();
            case 1 -> queries.get(0);
            default -> Query.of(q -> q.bool(b -> b.should(queries).minimumShouldMatch("1"))); //$NON-NLS-1$
        };
    }

    /**
     * @param required the conditions every hit meets
     * @param excluded the conditions no hit meets
     * @return a query matching what all of the first and none of the second match
     */
    static Query allOf(List<Query> required, List<Query> excluded) {
        return Query.of(q -> q.bool(b -> {
            if (!required.isEmpty()) {
                b.must(required);
            }
            return excluded.isEmpty() ? b : b.mustNot(excluded);
        }));
    }

    /**
     * @param query the excluded documents
     * @return a query matching every document the given one does not
     */
    static Query not(Query query) {
        return Query.of(q -> q.bool(b -> b.mustNot(query)));
    }

    /**
     * @param indices the indices where the query's field has the type the query is written for
     * @param query the query
     * @return the query, run only on those indices: on another index the node rewrites it to
     *         nothing before it would read the value with the other type and fail the shard
     */
    static Query inIndices(List<String> indices, Query query) {
        List<FieldValue> names = indices.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("_index").terms(v -> v.value(names)))) //$NON-NLS-1$
                .must(query)));
    }
}
