package org.vigil.ingest;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.ingest.internal.ValueTypes;

/**
 * Decides each field's {@link FieldType} from the values an import sees, looking at the first
 * {@code sampleSize} non-empty values of each field so that memory stays bounded on huge files.
 *
 * <p>Each value gets a type: typed values ({@link Long}, {@link Double}, {@link Boolean},
 * {@link java.time.Instant}) keep theirs; strings are {@code true}/{@code false} → BOOLEAN, whole
 * numbers → LONG, decimals → DOUBLE, IPv4/IPv6 literals → IP, ISO-8601-like dates → DATE,
 * strings of three or more words or longer than 256 characters → TEXT, other strings → KEYWORD.
 * Elements of a list count one by one; null and blank values are ignored.
 *
 * <p>When a field's values disagree: LONG and DOUBLE make DOUBLE (a number that sometimes has a
 * fraction); KEYWORD and TEXT make TEXT (a message field whose values are sometimes one word);
 * any other mix makes KEYWORD, the type that can hold every value exactly. A field with no usable
 * value is KEYWORD.
 */
public final class FieldTypeDetector {

    /** The default number of values sampled per field. */
    public static final int DEFAULT_SAMPLE_SIZE = 1000;

    private static final Set<FieldType> NUMBERS = EnumSet.of(FieldType.LONG, FieldType.DOUBLE);
    private static final Set<FieldType> STRINGS = EnumSet.of(FieldType.KEYWORD, FieldType.TEXT);

    private final int sampleSize;
    private final Map<String, Sample> samples = new LinkedHashMap<>();

    /** Samples {@link #DEFAULT_SAMPLE_SIZE} values per field. */
    public FieldTypeDetector() {
        this(DEFAULT_SAMPLE_SIZE);
    }

    /** @param sampleSize how many non-empty values per field to look at; positive */
    public FieldTypeDetector(int sampleSize) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sampleSize must be positive: " + sampleSize);
        }
        this.sampleSize = sampleSize;
    }

    /**
     * @param values the values seen for one field
     * @return the field's type by the rules above
     */
    public static FieldType detect(Iterable<?> values) {
        FieldTypeDetector detector = new FieldTypeDetector(Integer.MAX_VALUE);
        values.forEach(value -> detector.observe("", value));
        return detector.typeOf("");
    }

    /** @param event an imported event; each of its fields is observed, and {@code @timestamp} is a DATE */
    public void observe(Event event) {
        observe(Event.TIMESTAMP, event.timestamp());
        event.fields().forEach(this::observe);
    }

    /**
     * @param field a flattened field name
     * @param value one of its values, possibly a list
     */
    public void observe(String field, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(element -> observe(field, element));
            return;
        }
        FieldType type = ValueTypes.typeOf(value);
        if (type != null) {
            samples.computeIfAbsent(field, name -> new Sample()).add(type, sampleSize);
        }
    }

    /**
     * @param field a flattened field name
     * @return the field's type from the values observed so far; KEYWORD when none was usable
     */
    public FieldType typeOf(String field) {
        Sample sample = samples.get(field);
        return sample == null ? FieldType.KEYWORD : combine(sample.types);
    }

    /** @return the type of every field observed, in the order they were first seen */
    public Map<String, FieldType> types() {
        Map<String, FieldType> types = new LinkedHashMap<>();
        samples.forEach((field, sample) -> types.put(field, combine(sample.types)));
        return types;
    }

    private static FieldType combine(Set<FieldType> seen) {
        if (seen.size() == 1) {
            return seen.iterator().next();
        }
        if (NUMBERS.containsAll(seen)) {
            return FieldType.DOUBLE;
        }
        return STRINGS.containsAll(seen) ? FieldType.TEXT : FieldType.KEYWORD;
    }

    /** The distinct types among the first values of one field. */
    private static final class Sample {
        private final Set<FieldType> types = EnumSet.noneOf(FieldType.class);
        private int count;

        void add(FieldType type, int limit) {
            if (count < limit) {
                count++;
                types.add(type);
            }
        }
    }
}
