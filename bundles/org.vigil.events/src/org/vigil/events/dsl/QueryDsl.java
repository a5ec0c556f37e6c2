package org.vigil.events.dsl;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;
import org.vigil.core.model.TimeRange;
import org.vigil.events.internal.Messages;
import org.vigil.query.And;
import org.vigil.query.DateMath;
import org.vigil.query.Exists;
import org.vigil.query.FieldRef;
import org.vigil.query.Match;
import org.vigil.query.MatchAll;
import org.vigil.query.Nested;
import org.vigil.query.Not;
import org.vigil.query.Or;
import org.vigil.query.QueryNode;
import org.vigil.query.Range;
import org.vigil.query.Term;

/**
 * Translates a parsed query into the JSON query DSL of Elasticsearch-compatible engines by the
 * rules of docs/QUERY.md: each leaf by the type of its field, names with {@code *} expanded
 * against the mapped fields, a field the indices do not know matching nothing, and every search
 * bounded by its time range. A value a field cannot take is skipped when the leaf names several
 * fields (as Kibana's lenient multi-field match does) and is an error when it names one.
 * <p>
 * A field that the indices map with several types gets one clause per type its value fits, each
 * limited to the indices of that type; a field with a conflict shadow ({@link FieldConflicts}) is
 * searched there too by a value or {@code *}, not by a range, which compares the typed values.
 * <p>
 * One translator serves one search: {@code now} in date math is the same instant throughout.
 */
public final class QueryDsl {

    /** The format time bounds are written in, whatever format the field's mapping declares. */
    public static final String INSTANT_FORMAT = "strict_date_optional_time"; //$NON-NLS-1$

    private static final String MATCH_NONE = "{\"match_none\":{}}"; //$NON-NLS-1$
    private static final String MATCH_ALL = "{\"match_all\":{}}"; //$NON-NLS-1$
    private static final List<String> BOOLEANS = List.of("false", "true"); //$NON-NLS-1$ //$NON-NLS-2$

    @FunctionalInterface
    private interface Leaf {
        String on(String field, DslField mapping) throws QueryDslException;
    }

    private static final String PATH_SEPARATOR = "."; //$NON-NLS-1$

    private final DslFields fields;
    private final Instant now;
    private final String timestampField;
    private boolean readsClock;

    /**
     * @param fields the mapped fields of the searched indices by name
     * @param now the instant {@code now} stands for in date math
     * @param timestampField the field time ranges bound
     */
    public QueryDsl(Map<String, DslField> fields, Instant now, String timestampField) {
        this(DslFields.of(fields), now, timestampField);
    }

    /**
     * Added in package version 1.1.0.
     *
     * @param fields the mapped fields of the searched indices, with each type of those that have
     *            several and the sub-fields that can be named exactly
     * @param now the instant {@code now} stands for in date math
     * @param timestampField the field time ranges bound
     */
    public QueryDsl(DslFields fields, Instant now, String timestampField) {
        this.fields = Objects.requireNonNull(fields, "fields"); //$NON-NLS-1$
        this.now = Objects.requireNonNull(now, "now"); //$NON-NLS-1$
        this.timestampField = Objects.requireNonNull(timestampField, "timestampField"); //$NON-NLS-1$
    }

    /**
     * @param query a parsed query
     * @param range from included, to excluded, on the timestamp field
     * @return the query DSL as JSON
     * @throws QueryDslException if a field named on its own cannot take its value
     */
    public String translate(QueryNode query, TimeRange range) throws QueryDslException {
        String time = between(timestampField, range.from(), range.to());
        if (query instanceof MatchAll) {
            return bool("filter", List.of(time)); //$NON-NLS-1$
        }
        return Json.object("bool", Json.object("must", Json.array(List.of(translate(query))), //$NON-NLS-1$ //$NON-NLS-2$
                "filter", Json.array(List.of(time)))); //$NON-NLS-1$
    }

    /**
     * Added in package version 1.1.0.
     *
     * @param query a parsed query
     * @return the query DSL as JSON, without time bound, for a caller that bounds it otherwise
     * @throws QueryDslException if a field named on its own cannot take its value
     */
    public String translate(QueryNode query) throws QueryDslException {
        return node(query, ""); //$NON-NLS-1$
    }

    /** @return whether a translation read the clock, so that it holds only for that instant */
    public boolean readsClock() {
        return readsClock;
    }

    /**
     * @param field a date field
     * @param from included
     * @param to excluded
     * @return the range query between them
     */
    public static String between(String field, Instant from, Instant to) {
        return range(field, Json.object("gte", Json.quote(from.toString()), "lt", Json.quote(to.toString()), //$NON-NLS-1$ //$NON-NLS-2$
                "format", Json.quote(INSTANT_FORMAT))); //$NON-NLS-1$
    }

    private String node(QueryNode node, String prefix) throws QueryDslException {
        return switch (node) {
            case And and -> and(and.operands(), prefix);
            case Or or -> anyOf(nodes(or.operands(), prefix));
            case Not not -> bool("must_not", List.of(node(not.operand(), prefix))); //$NON-NLS-1$
            case MatchAll all -> MATCH_ALL;
            // Vigil's fields are flat: a nested clause only groups fields under a path.
            case Nested nested -> node(nested.query(), prefix + nested.path() + PATH_SEPARATOR);
            case Exists exists -> leaf(exists.field(), prefix, true,
                    (field, mapping) -> Json.object("exists", Json.object("field", Json.quote(field)))); //$NON-NLS-1$ //$NON-NLS-2$
            case Match match -> leaf(match.field(), prefix, true,
                    (field, mapping) -> match(field, mapping, match.value()));
            // A range compares values of the field's type: the shadowed ones have none.
            case Range range -> leaf(range.field(), prefix, false,
                    (field, mapping) -> range(field, mapping, range.operator(), range.bound()));
        };
    }

    /** Negated operands become the {@code must_not} of the same {@code bool}, as a person writes it. */
    private String and(List<QueryNode> operands, String prefix) throws QueryDslException {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (QueryNode operand : operands) {
            if (operand instanceof Not not) {
                excluded.add(node(not.operand(), prefix));
            } else {
                required.add(node(operand, prefix));
            }
        }
        if (excluded.isEmpty()) {
            return required.size() == 1 ? required.get(0) : bool("must", required); //$NON-NLS-1$
        }
        List<String> members = new ArrayList<>();
        if (!required.isEmpty()) {
            members.add(Json.quote("must") + ':' + Json.array(required)); //$NON-NLS-1$
        }
        members.add(Json.quote("must_not") + ':' + Json.array(excluded)); //$NON-NLS-1$
        return "{\"bool\":{" + String.join(",", members) + "}}"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private List<String> nodes(List<QueryNode> nodes, String prefix) throws QueryDslException {
        List<String> queries = new ArrayList<>(nodes.size());
        for (QueryNode node : nodes) {
            queries.add(node(node, prefix));
        }
        return queries;
    }

    /**
     * @param withShadows whether the leaf also searches the shadow field of each field, where the
     *            values that did not fit the field's type are (docs/QUERY.md)
     */
    private String leaf(FieldRef ref, String prefix, boolean withShadows, Leaf leaf) throws QueryDslException {
        String name = prefix + ref.name();
        if (!ref.wildcard()) {
            List<DslFields.Typed> types = fields.typesOf(name);
            boolean shadowed = withShadows && fields.get(FieldConflicts.shadowOf(name)).isPresent();
            if (types.size() == 1 && !shadowed) {
                return leaf.on(name, types.get(0).field());
            }
            // Another index of the same source may have the field, so an unknown one is no error.
            return types.isEmpty() && !shadowed ? MATCH_NONE : severalTypes(name, types, withShadows, leaf);
        }
        List<String> queries = new ArrayList<>();
        for (String field : withShadows ? withShadows(fields.matching(name)) : fields.matching(name)) {
            queries.addAll(lenient(leaf, field, fields.typesOf(field), !withShadows));
        }
        return anyOf(queries);
    }

    /**
     * A field named on its own with several types across indices, or with a shadow field: one
     * clause per type the value fits, each for the indices of that type, and the shadow's; an
     * error only when the value fits none of them.
     */
    private String severalTypes(String name, List<DslFields.Typed> types, boolean withShadows, Leaf leaf)
            throws QueryDslException {
        List<String> queries = lenient(leaf, name, types, !withShadows);
        String shadowName = FieldConflicts.shadowOf(name);
        Optional<DslField> shadow = withShadows ? fields.get(shadowName) : Optional.empty();
        if (shadow.isPresent()) {
            queries.add(leaf.on(shadowName, shadow.get()));
        }
        if (queries.isEmpty() && !types.isEmpty()) {
            // Fails with the type of the first index, as for a field with one type.
            return leaf.on(name, types.get(0).field());
        }
        return anyOf(queries);
    }

    /**
     * @param ordered whether a typed comparison (a range) is wanted: where the bound fits a
     *            number, date or address type of the field, its keyword indices are left out,
     *            as the embedded store, with one type per field, compares only those
     * @return the clauses for the types the value fits, each limited to the indices of its type
     *         when the field has several; a value that does not fit a type skips it, as Kibana's
     *         lenient match does
     */
    private static List<String> lenient(Leaf leaf, String field, List<DslFields.Typed> types, boolean ordered) {
        List<String> queries = new ArrayList<>();
        boolean typedComparison = false;
        for (DslFields.Typed typed : types) {
            FieldType type = typed.field().type();
            boolean words = type == FieldType.KEYWORD || type == FieldType.TEXT;
            if (typedComparison && words) {
                continue;
            }
            try {
                String query = leaf.on(field, typed.field());
                if (ordered && types.size() > 1 && !words && !typedComparison) {
                    typedComparison = true;
                    queries.clear();
                }
                queries.add(types.size() > 1 ? inIndices(typed.indices(), query) : query);
            } catch (QueryDslException e) {
                // The value does not fit this type: another type or field may take it.
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

    /**
     * @return the query, run only on those indices: on another index the node rewrites it to
     *         nothing before it would read the value with the other type and fail the shard
     */
    private static String inIndices(List<String> indices, String query) {
        String names = Json.array(indices.stream().map(Json::quote).toList());
        return Json.object("bool", Json.object("filter", //$NON-NLS-1$ //$NON-NLS-2$
                Json.array(List.of(Json.object("terms", Json.object("_index", names)))), //$NON-NLS-1$ //$NON-NLS-2$
                "must", Json.array(List.of(query)))); //$NON-NLS-1$
    }

    private String match(String field, DslField mapping, Term value) throws QueryDslException {
        if (value.hasWildcard()) {
            return wildcard(field, mapping, value);
        }
        String text = value.text();
        return switch (mapping.type()) {
            case KEYWORD -> term(field, Json.quote(text));
            case BOOLEAN -> term(field, String.valueOf(bool(field, text)));
            case TEXT -> Json.object(value.phrase() ? "match_phrase" : "match", //$NON-NLS-1$ //$NON-NLS-2$
                    Json.object(field, Json.object("query", Json.quote(text)))); //$NON-NLS-1$
            case LONG, DOUBLE -> number(field, mapping.type(), text);
            case DATE -> {
                String from = resolve(field, text, false).toString();
                String to = resolve(field, text, true).toString();
                yield range(field, Json.object("gte", Json.quote(from), "lte", Json.quote(to), "format", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Json.quote(INSTANT_FORMAT)));
            }
            case IP -> term(field, Json.quote(block(field, text)));
        };
    }

    private String range(String field, DslField mapping, Range.Operator operator, String bound)
            throws QueryDslException {
        String limit = switch (operator) {
            case GT -> "gt"; //$NON-NLS-1$
            case GTE -> "gte"; //$NON-NLS-1$
            case LT -> "lt"; //$NON-NLS-1$
            case LTE -> "lte"; //$NON-NLS-1$
        };
        return switch (mapping.type()) {
            case LONG, DOUBLE -> range(field, Json.object(limit, decimal(field, mapping.type(), bound).toPlainString()));
            case IP -> range(field, Json.object(limit, Json.quote(address(field, bound))));
            case DATE -> range(field, Json.object(limit, Json.quote(resolve(field, bound, operator.roundsUp()).toString()),
                    "format", Json.quote(INSTANT_FORMAT))); //$NON-NLS-1$
            case KEYWORD -> range(field, Json.object(limit, Json.quote(bound)));
            case TEXT, BOOLEAN -> throw new QueryDslException(field, bound, NLS.bind(Messages.Dsl_range,
                    new Object[] { field, typeName(mapping.type()), operator.symbol() + bound }));
        };
    }

    private static String wildcard(String field, DslField mapping, Term value) throws QueryDslException {
        String pattern = value.pattern();
        return switch (mapping.type()) {
            case KEYWORD -> Json.object("wildcard", Json.object(field, Json.object("value", Json.quote(pattern)))); //$NON-NLS-1$ //$NON-NLS-2$
            // The pattern meets the indexed words, which the analyser lower-cased.
            case TEXT -> Json.object("wildcard", //$NON-NLS-1$
                    Json.object(field, Json.object("value", Json.quote(pattern.toLowerCase(Locale.ROOT))))); //$NON-NLS-1$
            // No wildcard query on booleans: the pattern picks among the two values.
            case BOOLEAN -> anyOf(BOOLEANS.stream().filter(Term.wildcardRegex(pattern).asMatchPredicate())
                    .map(b -> term(field, b)).toList());
            default -> throw new QueryDslException(field, value.raw(), NLS.bind(Messages.Dsl_wildcard,
                    new Object[] { field, typeName(mapping.type()), value.raw() }));
        };
    }

    private static String term(String field, String jsonValue) {
        return Json.object("term", Json.object(field, jsonValue)); //$NON-NLS-1$
    }

    private static String range(String field, String limits) {
        return Json.object("range", Json.object(field, limits)); //$NON-NLS-1$
    }

    private static String bool(String clause, List<String> queries) {
        return Json.object("bool", Json.object(clause, Json.array(queries))); //$NON-NLS-1$
    }

    private static String anyOf(List<String> queries) {
        if (queries.isEmpty()) {
            return MATCH_NONE;
        }
        return queries.size() == 1 ? queries.get(0)
                : Json.object("bool", Json.object("should", Json.array(queries), "minimum_should_match", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private Instant resolve(String field, String text, boolean roundUp) throws QueryDslException {
        readsClock = true;
        try {
            return DateMath.resolve(text, now, roundUp);
        } catch (IllegalArgumentException e) {
            throw new QueryDslException(field, text,
                    NLS.bind(Messages.Dsl_date, new Object[] { field, text, e.getMessage() }));
        }
    }

    private static boolean bool(String field, String text) throws QueryDslException {
        if (!BOOLEANS.contains(text)) {
            throw badValue(field, FieldType.BOOLEAN, text);
        }
        return Boolean.parseBoolean(text);
    }

    /** A fraction on a whole-number field matches nothing: no whole number equals 1.5. */
    private static String number(String field, FieldType type, String text) throws QueryDslException {
        BigDecimal number = decimal(field, type, text);
        if (type == FieldType.DOUBLE) {
            double value = number.doubleValue();
            // Beyond the double range no stored value can be equal; "Infinity" is not JSON either.
            return Double.isInfinite(value) ? MATCH_NONE : term(field, String.valueOf(value));
        }
        try {
            return term(field, String.valueOf(number.longValueExact()));
        } catch (ArithmeticException e) {
            return MATCH_NONE;
        }
    }

    private static BigDecimal decimal(String field, FieldType type, String text) throws QueryDslException {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw badValue(field, type, text);
        }
    }

    private static String block(String field, String text) throws QueryDslException {
        return IpLiterals.block(text).orElseThrow(() -> badValue(field, FieldType.IP, text));
    }

    private static String address(String field, String text) throws QueryDslException {
        return IpLiterals.parse(text).orElseThrow(() -> badValue(field, FieldType.IP, text)).getHostAddress();
    }

    private static QueryDslException badValue(String field, FieldType type, String value) {
        return new QueryDslException(field, value,
                NLS.bind(Messages.Dsl_value, new Object[] { field, typeName(type), value }));
    }

    private static String typeName(FieldType type) {
        return switch (type) {
            case IP -> Messages.Dsl_type_ip;
            case DATE -> Messages.Dsl_type_date;
            case LONG -> Messages.Dsl_type_long;
            case DOUBLE -> Messages.Dsl_type_double;
            case BOOLEAN -> Messages.Dsl_type_boolean;
            case KEYWORD -> Messages.Dsl_type_keyword;
            case TEXT -> Messages.Dsl_type_text;
        };
    }
}
