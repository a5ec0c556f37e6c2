package org.vigil.elasticsearch.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.TimeRange;
import org.vigil.query.And;
import org.vigil.query.Exists;
import org.vigil.query.FieldRef;
import org.vigil.query.Match;
import org.vigil.query.MatchAll;
import org.vigil.query.Nested;
import org.vigil.query.Not;
import org.vigil.query.Or;
import org.vigil.query.QueryNode;
import org.vigil.query.Range;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;

/**
 * Translates a parsed query into the Elasticsearch query DSL by the rules of docs/QUERY.md, so
 * that it finds the same events as the embedded store: each leaf by the type of its field, names
 * with {@code *} expanded against the index's fields, a field the index does not know matching
 * nothing, and every search bounded by its time range on {@code @timestamp}.
 * <p>
 * A value a field cannot take (a word on a number field) is skipped when the leaf names several
 * fields, as Kibana's lenient multi-field match does, and is an error when it names one.
 */
public final class QueryDslTranslator {

    /** The field every search is bounded on. */
    public static final String TIMESTAMP = "@timestamp"; //$NON-NLS-1$

    private static final JsonpMapper MAPPER = new JacksonJsonpMapper();
    private static final String PATH_SEPARATOR = "."; //$NON-NLS-1$

    /** The query for one field that a leaf resolved to. */
    @FunctionalInterface
    private interface Leaf {
        Query on(String field, FieldMapping mapping) throws QueryTranslationException;
    }

    private final FieldMappings fields;
    private final FieldQueries leaves;
    private final String timestampField;

    /**
     * Creates a translator for the fields of the searched indices, bounding searches on
     * {@value #TIMESTAMP}.
     *
     * @param fields the fields of the indices, with their types
     * @param now the instant {@code now} stands for in date math, the same for the whole search
     */
    public QueryDslTranslator(FieldMappings fields, Instant now) {
        this(fields, now, TIMESTAMP);
    }

    /**
     * Creates a translator for indices whose event time is in another field.
     *
     * @param fields the fields of the indices, with their types
     * @param now the instant {@code now} stands for in date math, the same for the whole search
     * @param timestampField the field the time range bounds
     */
    public QueryDslTranslator(FieldMappings fields, Instant now, String timestampField) {
        this.fields = fields;
        this.leaves = new FieldQueries(now);
        this.timestampField = timestampField;
    }

    /**
     * Translates a query and bounds it by a time range.
     *
     * @param query the parsed query
     * @param range the time range, from included, to excluded, on the timestamp field
     * @return the query DSL
     * @throws QueryTranslationException if a field named on its own cannot take its value
     */
    public Query translate(QueryNode query, TimeRange range) throws QueryTranslationException {
        Query time = FieldQueries.between(timestampField, range.from(), range.to());
        if (query instanceof MatchAll) {
            return Query.of(q -> q.bool(b -> b.filter(time)));
        }
        Query translated = translate(query);
        return Query.of(q -> q.bool(b -> b.must(translated).filter(time)));
    }

    /**
     * Translates a query without time bound, for a caller that bounds it otherwise.
     *
     * @param query the parsed query
     * @return the query DSL
     * @throws QueryTranslationException if a field named on its own cannot take its value
     */
    public Query translate(QueryNode query) throws QueryTranslationException {
        return node(query, ""); //$NON-NLS-1$
    }

    /** @return whether the translation read the clock (date math), so that it holds only for that instant */
    public boolean readsClock() {
        return leaves.readsClock();
    }

    /**
     * Renders a query as the JSON body Elasticsearch receives, for the command line and logs.
     *
     * @param query a query
     * @return its JSON, on one line
     */
    public static String toJson(Query query) {
        return JsonpUtils.toJsonString(query, MAPPER);
    }

    private Query node(QueryNode node, String prefix) throws QueryTranslationException {
        return switch (node) {
            case And and -> and(and.operands(), prefix);
            case Or or -> Queries.anyOf(nodes(or.operands(), prefix));
            case Not not -> Queries.not(node(not.operand(), prefix));
            case MatchAll all -> Queries.all();
            // Vigil stores objects flattened, so a nested clause only groups fields under a path.
            case Nested nested -> node(nested.query(), prefix + nested.path() + PATH_SEPARATOR);
            case Exists exists -> leaf(exists.field(), prefix, true, (field, mapping) -> FieldQueries.exists(field));
            case Match match -> leaf(match.field(), prefix, true,
                    (field, mapping) -> leaves.match(field, mapping, match.value()));
            // A range compares values of the field's type: the shadowed ones have none.
            case Range range -> leaf(range.field(), prefix, false,
                    (field, mapping) -> leaves.range(field, mapping, range.operator(), range.bound()));
        };
    }

    /**
     * Negated operands become the {@code must_not} of the same {@code bool} rather than a
     * {@code bool} of their own each: {@code a and not b} is one clause list for the node to run,
     * as a person writes it.
     */
    private Query and(List<QueryNode> operands, String prefix) throws QueryTranslationException {
        List<Query> required = new ArrayList<>(operands.size());
        List<Query> excluded = new ArrayList<>();
        for (QueryNode operand : operands) {
            if (operand instanceof Not not) {
                excluded.add(node(not.operand(), prefix));
            } else {
                required.add(node(operand, prefix));
            }
        }
        return Queries.allOf(required, excluded);
    }

    private List<Query> nodes(List<QueryNode> nodes, String prefix) throws QueryTranslationException {
        List<Query> queries = new ArrayList<>(nodes.size());
        for (QueryNode node : nodes) {
            queries.add(node(node, prefix));
        }
        return queries;
    }

    /**
     * @param withShadows whether the leaf also searches the shadow field of each field, where the
     *            values that did not fit the field's type are (docs/QUERY.md)
     */
    private Query leaf(FieldRef ref, String prefix, boolean withShadows, Leaf leaf)
            throws QueryTranslationException {
        String name = prefix + ref.name();
        if (!ref.wildcard()) {
            List<FieldMappings.Typed> types = fields.typesOf(name);
            boolean shadowed = withShadows && fields.get(FieldConflicts.shadowOf(name)).isPresent();
            if (types.size() == 1 && !shadowed) {
                return leaf.on(name, types.get(0).mapping());
            }
            // Another index of the same source may have the field, so an unknown one is no error.
            return types.isEmpty() && !shadowed ? Queries.none() : severalTypes(name, types, withShadows, leaf);
        }
        List<Query> queries = new ArrayList<>();
        for (String field : withShadows ? withShadows(fields.matching(name)) : fields.matching(name)) {
            queries.addAll(lenient(leaf, field, fields.typesOf(field), !withShadows));
        }
        return Queries.anyOf(queries);
    }

    /**
     * A field named on its own with several types across indices, or a shadow field: one clause
     * per type the value fits, each for the indices of that type, or the shadow's; an error only
     * when the value fits none of them.
     */
    private Query severalTypes(String name, List<FieldMappings.Typed> types, boolean withShadows, Leaf leaf)
            throws QueryTranslationException {
        List<Query> queries = lenient(leaf, name, types, !withShadows);
        Optional<FieldMapping> shadow = withShadows ? fields.get(FieldConflicts.shadowOf(name)) : Optional.empty();
        if (shadow.isPresent()) {
            queries.add(leaf.on(FieldConflicts.shadowOf(name), shadow.get()));
        }
        if (queries.isEmpty() && !types.isEmpty()) {
            // Fails with the type of the first index, as for a field with one type.
            return leaf.on(name, types.get(0).mapping());
        }
        return Queries.anyOf(queries);
    }

    /**
     * @param ordered whether a typed comparison (a range) is wanted: where the bound fits a
     *            number, date or address type of the field, its keyword indices are left out,
     *            as the embedded store, with one type per field, compares only those
     * @return the clauses for the types the value fits, each limited to the indices of its type
     *         when the field has several
     */
    private List<Query> lenient(Leaf leaf, String field, List<FieldMappings.Typed> types, boolean ordered) {
        List<Query> queries = new ArrayList<>();
        boolean typedComparison = false;
        for (FieldMappings.Typed typed : types) {
            FieldType type = typed.mapping().type();
            if (typedComparison && (type == FieldType.KEYWORD || type == FieldType.TEXT)) {
                continue;
            }
            try {
                Query query = leaf.on(field, typed.mapping());
                if (ordered && types.size() > 1 && type != FieldType.KEYWORD && type != FieldType.TEXT
                        && !typedComparison) {
                    typedComparison = true;
                    queries.clear();
                }
                queries.add(types.size() > 1 ? Queries.inIndices(typed.indices(), query) : query);
            } catch (QueryTranslationException e) {
                // The value does not fit this field's type: skipped, as Kibana's lenient match does.
            }
        }
        return queries;
    }

    /** @return the fields and the shadow fields of those that have one, each once */
    private List<String> withShadows(List<String> names) {
        Set<String> all = new LinkedHashSet<>(names);
        names.stream().map(FieldConflicts::shadowOf).filter(shadow -> fields.get(shadow).isPresent())
                .forEach(all::add);
        return List.copyOf(all);
    }
}
