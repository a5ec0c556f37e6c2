package org.vigil.elasticsearch.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.vigil.core.model.FieldType;
import org.vigil.core.model.IpLiterals;
import org.vigil.core.model.TimeRange;
import org.vigil.events.Histogram;
import org.vigil.events.Intervals;
import org.vigil.events.TopTerms;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.MultiBucketBase;
import co.elastic.clients.elasticsearch._types.aggregations.TermsAggregation;
import co.elastic.clients.util.NamedValue;

/**
 * The aggregations behind histograms and top terms, and the reading of their answers into the
 * records of the SPI, so that they equal what the embedded store computes.
 */
public final class AggregationRequests {

    /** The name of the aggregation in each request. */
    public static final String RESULT = "result"; //$NON-NLS-1$
    /** The name of the aggregation that counts the hits having the field. */
    public static final String WITH_FIELD = "with_field"; //$NON-NLS-1$

    private static final String MILLIS = "ms"; //$NON-NLS-1$

    private AggregationRequests() {
    }

    /**
     * A date histogram whose buckets are those of {@link org.vigil.events.Intervals#bucketStart}:
     * a fixed interval with the offset that moves bucket starts to the operator's local midnight,
     * and empty buckets over the whole range.
     *
     * @param field the timestamp field
     * @param range the searched range
     * @param interval the bucket width
     * @param offset the operator's UTC offset
     * @return the aggregation
     */
    public static Aggregation histogram(String field, TimeRange range, Duration interval, ZoneOffset offset) {
        long width = interval.toMillis();
        // Intervals shifts instants forward by the offset; Elasticsearch's offset moves bucket starts, hence the minus.
        long shift = Math.floorMod(-offset.getTotalSeconds() * 1000L, width);
        FieldDateMath from = FieldDateMath.of(d -> d.value(range.from().toEpochMilli()));
        FieldDateMath last = FieldDateMath.of(d -> d.value(range.to().toEpochMilli() - 1));
        return Aggregation.of(a -> a.dateHistogram(h -> h.field(field).fixedInterval(t -> t.time(width + MILLIS))
                .offset(t -> t.time(shift + MILLIS)).minDocCount(0).extendedBounds(b -> b.min(from).max(last))));
    }

    /**
     * Reads the buckets, and adds the empty ones Elasticsearch leaves out: its extended bounds
     * with an offset can drop the first bucket when the range starts inside it.
     *
     * @param range the searched range
     * @param interval the bucket width asked for
     * @param offset the operator's UTC offset
     * @param answer the date histogram aggregate
     * @return the histogram, one bucket per interval over the whole range
     */
    public static Histogram histogram(TimeRange range, Duration interval, ZoneOffset offset, Aggregate answer) {
        Map<Instant, Long> counts = new TreeMap<>();
        for (Instant start = Intervals.bucketStart(range.from(), interval, offset); start.isBefore(range.to());
                start = start.plus(interval)) {
            counts.put(start, 0L);
        }
        answer.dateHistogram().buckets().array().forEach(bucket -> counts.computeIfPresent(
                Instant.ofEpochMilli(bucket.key()), (start, none) -> bucket.docCount()));
        return new Histogram(interval, counts.entrySet().stream()
                .map(bucket -> new Histogram.Bucket(bucket.getKey(), bucket.getValue())).toList());
    }

    /**
     * The most frequent values, most frequent first and then by value, as the embedded store
     * orders ties.
     *
     * @param exactField the field with whole values
     * @param size how many values to ask for
     * @param minimumCount the fewest hits a value needs, 1 for any
     * @return the aggregation
     */
    public static Aggregation terms(String exactField, int size, int minimumCount) {
        List<NamedValue<SortOrder>> order = List.of(NamedValue.of("_count", SortOrder.Desc), //$NON-NLS-1$
                NamedValue.of("_key", SortOrder.Asc)); //$NON-NLS-1$
        TermsAggregation terms = TermsAggregation
                .of(t -> t.field(exactField).size(size).minDocCount(minimumCount).order(order));
        return Aggregation.of(a -> a.terms(terms));
    }

    /**
     * @param field the field whose presence is counted
     * @return the aggregation counting the hits that have the field
     */
    public static Aggregation withField(String field) {
        return Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field(field))));
    }

    /**
     * Reads a terms aggregate into values rendered as the embedded store renders them, sorted as
     * it sorts them: by count, then by that text (Elasticsearch orders keys of numbers and
     * addresses by value, not by text).
     *
     * @param type the field's type
     * @param answer the terms aggregate
     * @return every value of the answer
     */
    public static List<TopTerms.Term> terms(FieldType type, Aggregate answer) {
        return buckets(type, answer, (text, bucket) -> new TopTerms.Term(text, bucket.docCount())).stream()
                .sorted(Comparator.comparingLong(TopTerms.Term::count).reversed().thenComparing(TopTerms.Term::value))
                .toList();
    }

    /**
     * @param <T> what a bucket is read into
     * @param type the field's type
     * @param answer a terms aggregate
     * @param reader reads a bucket, given its key rendered as the embedded store renders values
     * @return every bucket of the answer, in Elasticsearch's order
     */
    static <T> List<T> buckets(FieldType type, Aggregate answer, BiFunction<String, MultiBucketBase, T> reader) {
        return switch (answer._kind()) {
            case Sterms -> answer.sterms().buckets().array().stream()
                    .map(b -> reader.apply(render(type, b.key().stringValue()), b)).toList();
            case Lterms -> answer.lterms().buckets().array().stream()
                    .map(b -> reader.apply(render(type, b.key(), b.keyAsString()), b)).toList();
            case Dterms -> answer.dterms().buckets().array().stream()
                    .map(b -> reader.apply(Double.toString(b.key()), b)).toList();
            default -> List.of();
        };
    }

    /**
     * @param answers the aggregates of a response
     * @return how many hits have the field
     */
    public static long withField(Map<String, Aggregate> answers) {
        return answers.get(WITH_FIELD).filter().docCount();
    }

    /**
     * @param answer a terms aggregate
     * @return the hits of the values it left out (a hit with two counts twice)
     */
    static long othersCount(Aggregate answer) {
        Long others = switch (answer._kind()) {
            case Sterms -> answer.sterms().sumOtherDocCount();
            case Lterms -> answer.lterms().sumOtherDocCount();
            case Dterms -> answer.dterms().sumOtherDocCount();
            default -> null;
        };
        return others == null ? 0 : others;
    }

    /**
     * @param answer a terms aggregate
     * @return how far off a count may be, 0 when every count is exact (one shard)
     */
    static long errorBound(Aggregate answer) {
        Long bound = switch (answer._kind()) {
            case Sterms -> answer.sterms().docCountErrorUpperBound();
            case Lterms -> answer.lterms().docCountErrorUpperBound();
            case Dterms -> answer.dterms().docCountErrorUpperBound();
            default -> null;
        };
        return bound == null ? 0 : bound;
    }

    private static String render(FieldType type, String key) {
        return type == FieldType.IP ? IpLiterals.parse(key).map(address -> address.getHostAddress()).orElse(key) : key;
    }

    private static String render(FieldType type, long key, String keyAsString) {
        return switch (type) {
            case DATE -> Instant.ofEpochMilli(key).toString();
            case BOOLEAN -> keyAsString;
            default -> Long.toString(key);
        };
    }
}
