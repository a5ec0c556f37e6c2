package org.vigil.local.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.InetAddressPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldConflicts;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;
import org.vigil.core.model.TimeRange;
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

/**
 * Translates the query tree into Lucene queries over the embedded store, by the rules of
 * docs/QUERY.md that the Elasticsearch translation follows too.
 */
final class LuceneQueryTranslator {

    private static final Pattern CIDR = Pattern.compile("(.+)/(\\d{1,3})");

    private final FieldCatalog catalog;
    private final Analyzer analyzer;
    private final Instant now;
    private final PatternQueries patterns;
    private boolean readsClock;

    /**
     * @param catalog the store's field types
     * @param analyzer the analyzer text fields were indexed with
     * @param now the instant {@code now} means in date math, fixed for the whole query
     */
    LuceneQueryTranslator(FieldCatalog catalog, Analyzer analyzer, Instant now) {
        this(catalog, analyzer, now, new PatternQueries());
    }

    /**
     * @param catalog the store's field types
     * @param analyzer the analyzer text fields were indexed with
     * @param now the instant {@code now} means in date math, fixed for the whole query
     * @param patterns the pattern queries kept from earlier translations
     */
    LuceneQueryTranslator(FieldCatalog catalog, Analyzer analyzer, Instant now, PatternQueries patterns) {
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.now = now;
        this.patterns = patterns;
    }

    /**
     * @param query the parsed query
     * @param range the time range every hit must fall in
     * @return the Lucene query
     * @throws BadQueryException if a value cannot be searched in the field the operator named
     */
    Query translate(QueryNode query, TimeRange range) throws BadQueryException {
        return new BooleanQuery.Builder().add(translate(query, ""), Occur.MUST)
                .add(LongField.newRangeQuery(Event.TIMESTAMP, range.from().toEpochMilli(),
                        range.to().toEpochMilli() - 1), Occur.FILTER)
                .build();
    }

    /** @return whether a translation read {@code now}, so that it holds only for that instant */
    boolean readsClock() {
        return readsClock;
    }

    private Query translate(QueryNode node, String prefix) throws BadQueryException {
        return switch (node) {
            case MatchAll all -> new MatchAllDocsQuery();
            case And and -> all(and.operands(), prefix);
            case Or or -> combine(or.operands(), prefix, Occur.SHOULD);
            case Not not -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(translate(not.operand(), prefix), Occur.MUST_NOT).build();
            case Nested nested -> translate(nested.query(), prefix + nested.path() + ".");
            case Exists exists -> anyField(exists.field(), prefix, true, (field, type) -> new FieldExistsQuery(field));
            case Match match -> anyField(match.field(), prefix, true, (field, type) -> match(field, type, match));
            // A range compares values of the field's type: the shadowed ones have none.
            case Range range -> anyField(range.field(), prefix, false, (field, type) -> range(field, type, range));
        };
    }

    /**
     * Negated operands are excluded by the same boolean query rather than by one of their own
     * each, which would match every document first: {@code a and not b} runs as {@code +a -b}.
     */
    private Query all(List<QueryNode> operands, String prefix) throws BadQueryException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean required = false;
        for (QueryNode operand : operands) {
            if (operand instanceof Not not) {
                builder.add(translate(not.operand(), prefix), Occur.MUST_NOT);
            } else {
                builder.add(translate(operand, prefix), Occur.MUST);
                required = true;
            }
        }
        if (!required) {
            // Exclusions alone match nothing in Lucene; "not a and not b" means all but those.
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return builder.build();
    }

    private Query combine(List<QueryNode> operands, String prefix, Occur occur) throws BadQueryException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (QueryNode operand : operands) {
            builder.add(translate(operand, prefix), occur);
        }
        return builder.build();
    }

    /** Translates a clause for one field, or returns empty when the field's type cannot take the value. */
    @FunctionalInterface
    private interface FieldClause {
        Query on(String field, FieldType type) throws BadQueryException;
    }

    /**
     * @param withShadows whether the clause also searches the shadow field of each field, where
     *            the values that did not fit the field's type are (docs/QUERY.md)
     */
    private Query anyField(FieldRef ref, String prefix, boolean withShadows, FieldClause clause)
            throws BadQueryException {
        String name = prefix + ref.name();
        if (!ref.wildcard()) {
            Optional<FieldType> type = catalog.typeOf(name);
            if (!withShadows || catalog.typeOf(FieldConflicts.shadowOf(name)).isEmpty()) {
                return type.isEmpty() ? new MatchNoDocsQuery() : clause.on(name, type.get());
            }
        }
        List<String> fields = ref.wildcard() ? catalog.matching(name) : List.of(name);
        if (withShadows) {
            fields = withShadows(fields);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : fields) {
            try {
                any.add(clause.on(field, catalog.typeOf(field).get()), Occur.SHOULD);
                clauses++;
            } catch (BadQueryException e) {
                // Across several fields a value that does not fit one of them simply cannot match there.
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery() : any.build();
    }

    /** @return the fields and the shadow fields of those that have one, each once */
    private List<String> withShadows(List<String> fields) {
        Set<String> all = new LinkedHashSet<>(fields);
        fields.stream().map(FieldConflicts::shadowOf).filter(shadow -> catalog.typeOf(shadow).isPresent())
                .forEach(all::add);
        return List.copyOf(all);
    }

    private Query match(String field, FieldType type, Match match) throws BadQueryException {
        org.vigil.query.Term value = match.value();
        if (value.pattern() != null) {
            return switch (type) {
                case KEYWORD, BOOLEAN -> keywordPattern(field, value.pattern());
                case TEXT -> textPattern(field, value.pattern().toLowerCase(java.util.Locale.ROOT));
                default -> throw bad(Messages.Query_noWildcard, field, type, value.raw());
            };
        }
        String text = value.text();
        return switch (type) {
            case KEYWORD -> new TermQuery(new Term(field, text));
            case BOOLEAN -> new TermQuery(new Term(field, bool(field, text)));
            case TEXT -> value.phrase() ? phrase(field, text) : anyWord(field, text);
            case LONG -> wholeNumber(field, text);
            case DOUBLE -> DoubleField.newExactQuery(field, parseDouble(field, type, text));
            case DATE -> LongField.newRangeQuery(field, date(field, text, false).toEpochMilli(),
                    date(field, text, true).toEpochMilli());
            case IP -> ip(field, text);
        };
    }

    /** A pattern that is only a literal prefix and one trailing star runs as the cheaper prefix query. */
    private Query keywordPattern(String field, String pattern) {
        String prefix = pattern.substring(0, pattern.length() - 1);
        boolean plainPrefix = pattern.endsWith("*") && prefix.chars().noneMatch(c -> c == '*' || c == '?' || c == '\\');
        return patterns.get(field, pattern, false, () -> plainPrefix ? new PrefixQuery(new Term(field, prefix))
                : new WildcardQuery(new Term(field, pattern)));
    }

    private Query textPattern(String field, String pattern) {
        return patterns.get(field, pattern, true, () -> new WildcardQuery(new Term(field, pattern)));
    }

    private Query range(String field, FieldType type, Range range) throws BadQueryException {
        String bound = range.bound();
        boolean lower = range.operator() == Range.Operator.GT || range.operator() == Range.Operator.GTE;
        boolean inclusive = range.operator() == Range.Operator.GTE || range.operator() == Range.Operator.LTE;
        return switch (type) {
            case LONG -> longRange(field, parseLong(field, type, bound), lower, inclusive);
            case DATE -> longRange(field, date(field, bound, range.operator().roundsUp()).toEpochMilli(), lower, inclusive);
            case DOUBLE -> doubleRange(field, parseDouble(field, type, bound), lower, inclusive);
            case IP -> ipRange(field, address(field, bound), lower, inclusive);
            case KEYWORD, BOOLEAN, TEXT -> TermRangeQuery.newStringRange(field, lower ? bound : null,
                    lower ? null : bound, !lower || inclusive, lower || inclusive);
        };
    }

    private static Query longRange(String field, long bound, boolean lower, boolean inclusive) {
        if (lower) {
            return LongField.newRangeQuery(field, inclusive ? bound : Math.addExact(bound, 1), Long.MAX_VALUE);
        }
        return LongField.newRangeQuery(field, Long.MIN_VALUE, inclusive ? bound : Math.subtractExact(bound, 1));
    }

    private static Query doubleRange(String field, double bound, boolean lower, boolean inclusive) {
        if (lower) {
            return DoubleField.newRangeQuery(field, inclusive ? bound : Math.nextUp(bound), Double.POSITIVE_INFINITY);
        }
        return DoubleField.newRangeQuery(field, Double.NEGATIVE_INFINITY, inclusive ? bound : Math.nextDown(bound));
    }

    private static Query ipRange(String field, InetAddress bound, boolean lower, boolean inclusive) {
        InetAddress min = InetAddressPoint.MIN_VALUE;
        InetAddress max = InetAddressPoint.MAX_VALUE;
        if (lower) {
            return inclusive || !bound.equals(max) ? InetAddressPoint.newRangeQuery(field,
                    inclusive ? bound : InetAddressPoint.nextUp(bound), max) : new MatchNoDocsQuery();
        }
        return inclusive || !bound.equals(min) ? InetAddressPoint.newRangeQuery(field, min,
                inclusive ? bound : InetAddressPoint.nextDown(bound)) : new MatchNoDocsQuery();
    }

    private Query ip(String field, String text) throws BadQueryException {
        var cidr = CIDR.matcher(text.strip());
        if (cidr.matches()) {
            InetAddress network = address(field, cidr.group(1));
            int bits = Integer.parseInt(cidr.group(2));
            if (bits > network.getAddress().length * 8) {
                throw bad(Messages.Query_badValue, field, FieldType.IP, text);
            }
            return InetAddressPoint.newPrefixQuery(field, network, bits);
        }
        return InetAddressPoint.newExactQuery(field, address(field, text));
    }

    private Query anyWord(String field, String text) {
        List<String> words = analyse(field, text);
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        words.forEach(word -> any.add(new TermQuery(new Term(field, word)), Occur.SHOULD));
        return words.isEmpty() ? new MatchNoDocsQuery() : any.build();
    }

    private Query phrase(String field, String text) {
        List<String> words = analyse(field, text);
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        return words.isEmpty() ? new MatchNoDocsQuery() : new PhraseQuery(field, words.toArray(String[]::new));
    }

    private List<String> analyse(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            // Analysing an in-memory string cannot fail on I/O.
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private Instant date(String field, String text, boolean roundUp) throws BadQueryException {
        readsClock = true;
        try {
            return DateMath.resolve(text, now, roundUp);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(NLS.bind(Messages.Query_badDate, new Object[] { field, text, e.getMessage() }));
        }
    }

    private static InetAddress address(String field, String text) throws BadQueryException {
        Optional<InetAddress> address = IpLiterals.parse(text);
        if (address.isEmpty()) {
            throw bad(Messages.Query_badValue, field, FieldType.IP, text);
        }
        return address.get();
    }

    /** Booleans are exact terms, case-sensitive (docs/QUERY.md): {@code TRUE} is not a boolean. */
    private static String bool(String field, String text) throws BadQueryException {
        if (!"true".equals(text) && !"false".equals(text)) {
            throw bad(Messages.Query_badValue, field, FieldType.BOOLEAN, text);
        }
        return text;
    }

    /** A fraction is a number, so no error, but no whole number equals it. */
    private static Query wholeNumber(String field, String text) throws BadQueryException {
        Double number = EventDocuments.parseDouble(text);
        if (number == null) {
            throw bad(Messages.Query_badValue, field, FieldType.LONG, text);
        }
        Long whole = EventDocuments.parseLong(text);
        return whole == null ? new MatchNoDocsQuery() : LongField.newExactQuery(field, whole);
    }

    private static long parseLong(String field, FieldType type, String text) throws BadQueryException {
        Long value = EventDocuments.parseLong(text);
        if (value == null) {
            throw bad(Messages.Query_badValue, field, type, text);
        }
        return value;
    }

    private static double parseDouble(String field, FieldType type, String text) throws BadQueryException {
        Double value = EventDocuments.parseDouble(text);
        if (value == null) {
            throw bad(Messages.Query_badValue, field, type, text);
        }
        return value;
    }

    private static BadQueryException bad(String template, String field, FieldType type, String value) {
        return new BadQueryException(NLS.bind(template, new Object[] { field, type.name().toLowerCase(java.util.Locale.ROOT),
                value }));
    }

    /** A query that is well formed but cannot run on these fields; the message is for the operator. */
    static final class BadQueryException extends Exception {
        private static final long serialVersionUID = 1L;

        BadQueryException(String message) {
            super(message);
        }
    }
}
