package org.vigil.elasticsearch.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;
import org.vigil.query.DateMath;
import org.vigil.query.Range.Operator;
import org.vigil.query.Term;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeQueryBase;
import co.elastic.clients.json.JsonData;

/**
 * The query for one value on one field, by the field's type, as the table of docs/QUERY.md says.
 * A value the type cannot take throws, so that the caller can skip the field or report it.
 */
final class FieldQueries {

    /** The format the bounds are written in, whatever format the field's mapping declares. */
    static final String INSTANT_FORMAT = "strict_date_optional_time"; //$NON-NLS-1$

    private static final List<String> BOOLEANS = List.of("false", "true"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Instant now;
    private boolean readsClock;

    /** @param now the instant {@code now} stands for in date math, one per search */
    FieldQueries(Instant now) {
        this.now = now;
    }

    /** @return the query for {@code field:value} */
    Query match(String field, FieldMapping mapping, Term value) throws QueryTranslationException {
        if (value.hasWildcard()) {
            return wildcard(field, mapping, value);
        }
        String text = value.text();
        return switch (mapping.type()) {
            case KEYWORD -> term(field, FieldValue.of(text));
            case BOOLEAN -> term(field, FieldValue.of(bool(field, text)));
            case TEXT -> value.phrase() ? Query.of(q -> q.matchPhrase(m -> m.field(field).query(text)))
                    : Query.of(q -> q.match(m -> m.field(field).query(text)));
            case LONG, DOUBLE -> number(field, mapping.type(), text).map(number -> term(field, number))
                    .orElseGet(Queries::none);
            case DATE -> dateUnit(field, text);
            case IP -> term(field, FieldValue.of(block(field, text)));
        };
    }

    /** @return the query for {@code field op bound} */
    Query range(String field, FieldMapping mapping, Operator operator, String bound)
            throws QueryTranslationException {
        FieldType type = mapping.type();
        return switch (type) {
            case LONG, DOUBLE -> untyped(field, operator, JsonData.of(decimal(field, type, bound)));
            case IP -> untyped(field, operator, JsonData.of(address(field, bound)));
            case DATE -> {
                String instant = resolve(field, bound, operator.roundsUp()).toString();
                yield Query.of(q -> q.range(r -> r.date(d -> limit(d.field(field).format(INSTANT_FORMAT), operator,
                        instant))));
            }
            case KEYWORD -> Query.of(q -> q.range(r -> r.term(t -> limit(t.field(field), operator, bound))));
            case TEXT, BOOLEAN -> throw unordered(field, type, operator.symbol() + bound, bound);
        };
    }

    /** @return the query that the field has a value */
    static Query exists(String field) {
        return Query.of(q -> q.exists(e -> e.field(field)));
    }

    private static Query wildcard(String field, FieldMapping mapping, Term value) throws QueryTranslationException {
        String pattern = value.pattern();
        return switch (mapping.type()) {
            case KEYWORD -> Query.of(q -> q.wildcard(w -> w.field(field).value(pattern)));
            // Elasticsearch matches the pattern against the indexed words, which the analyser lower-cased.
            case TEXT -> Query.of(q -> q.wildcard(w -> w.field(field).value(pattern.toLowerCase(Locale.ROOT))));
            // Elasticsearch has no wildcard query on booleans, so the pattern picks among the two values.
            case BOOLEAN -> Queries.anyOf(BOOLEANS.stream().filter(Term.wildcardRegex(pattern).asMatchPredicate())
                    .map(b -> term(field, FieldValue.of(Boolean.parseBoolean(b)))).toList());
            default -> throw new QueryTranslationException(field, mapping.type(), value.raw(), NLS.bind(
                    Messages.Translate_wildcard, new Object[] { field, typeName(mapping.type()), value.raw() }));
        };
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query untyped(String field, Operator operator, JsonData bound) {
        return Query.of(q -> q.range(r -> r.untyped(u -> limit(u.field(field), operator, bound))));
    }

    private static <T, B extends RangeQueryBase.AbstractBuilder<T, B>> B limit(B range, Operator operator, T bound) {
        return switch (operator) {
            case GT -> range.gt(bound);
            case GTE -> range.gte(bound);
            case LT -> range.lt(bound);
            case LTE -> range.lte(bound);
        };
    }

    /** A date value is the whole unit written: {@code 2026-11-01} is that day. */
    private Query dateUnit(String field, String text) throws QueryTranslationException {
        String from = resolve(field, text, false).toString();
        String to = resolve(field, text, true).toString();
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).format(INSTANT_FORMAT).gte(from).lte(to))));
    }

    /** @return the time range filter on {@code field}, from included, to excluded */
    static Query between(String field, Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).format(INSTANT_FORMAT).gte(from.toString())
                .lt(to.toString()))));
    }

    /** @return whether a value was resolved against {@code now}, so that the queries hold only for it */
    boolean readsClock() {
        return readsClock;
    }

    private Instant resolve(String field, String text, boolean roundUp) throws QueryTranslationException {
        readsClock = true;
        try {
            return DateMath.resolve(text, now, roundUp);
        } catch (IllegalArgumentException e) {
            throw new QueryTranslationException(field, FieldType.DATE, text,
                    NLS.bind(Messages.Translate_date, new Object[] { field, text, e.getMessage() }));
        }
    }

    private static boolean bool(String field, String text) throws QueryTranslationException {
        if (!BOOLEANS.contains(text)) {
            throw badValue(field, FieldType.BOOLEAN, text);
        }
        return Boolean.parseBoolean(text);
    }

    /** @return the number as the field stores it, empty for a fraction on a whole-number field */
    private static Optional<FieldValue> number(String field, FieldType type, String text)
            throws QueryTranslationException {
        BigDecimal number = decimal(field, type, text);
        if (type == FieldType.DOUBLE) {
            return Optional.of(FieldValue.of(number.doubleValue()));
        }
        try {
            return Optional.of(FieldValue.of(number.longValueExact()));
        } catch (ArithmeticException e) {
            // No whole number equals 1.5, and none is beyond the range of a long.
            return Optional.empty();
        }
    }

    private static BigDecimal decimal(String field, FieldType type, String text) throws QueryTranslationException {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw badValue(field, type, text);
        }
    }

    private static String block(String field, String text) throws QueryTranslationException {
        return IpLiterals.block(text).orElseThrow(() -> badValue(field, FieldType.IP, text));
    }

    private static String address(String field, String text) throws QueryTranslationException {
        return IpLiterals.parse(text).orElseThrow(() -> badValue(field, FieldType.IP, text)).getHostAddress();
    }

    private static QueryTranslationException unordered(String field, FieldType type, String range, String bound) {
        return new QueryTranslationException(field, type, bound,
                NLS.bind(Messages.Translate_range, new Object[] { field, typeName(type), range }));
    }

    private static QueryTranslationException badValue(String field, FieldType type, String value) {
        return new QueryTranslationException(field, type, value,
                NLS.bind(Messages.Translate_value, new Object[] { field, typeName(type), value }));
    }

    /** @return the localised name of the values of a type, for messages */
    static String typeName(FieldType type) {
        return switch (type) {
            case IP -> Messages.Type_ip;
            case DATE -> Messages.Type_date;
            case LONG -> Messages.Type_long;
            case DOUBLE -> Messages.Type_double;
            case BOOLEAN -> Messages.Type_boolean;
            case KEYWORD -> Messages.Type_keyword;
            case TEXT -> Messages.Type_text;
        };
    }
}
