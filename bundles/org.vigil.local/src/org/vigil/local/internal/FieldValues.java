package org.vigil.local.internal;

import java.io.IOException;
import java.util.Comparator;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.FieldType;

/**
 * The distinct doc values of one field for each hit of a segment, as small segment-local ids that
 * aggregations count into arrays: the ordinal for keywords, text, booleans and addresses, a number given
 * in order of appearance for numbers and dates. An id is turned into its value only once per
 * segment ({@link #key}), and values are compared in the engine's order: bytes for keywords and
 * addresses, numeric order for numbers and dates, which is also Elasticsearch's key order.
 */
final class FieldValues {

    /** Orders the keys of {@link #key}: both kinds are comparable in the engine's order. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    static final Comparator<Object> KEY_ORDER = (a, b) -> ((Comparable) a).compareTo(b);

    private final String field;
    private final FieldType type;
    private final boolean ordinals;
    private SortedSetDocValues set;
    private SortedDocValues single;
    private SortedNumericDocValues numbers;
    private NumericDocValues singleNumber;
    private final LongLongMap numberIds = new LongLongMap();
    private long[] idNumbers = new long[16];
    private int[] ids = new int[4];

    /**
     * @param field the field
     * @param type its type in the store
     */
    FieldValues(String field, FieldType type) {
        // Text is counted by its whole values, kept in a field of their own.
        this.field = type == FieldType.TEXT ? EventDocuments.WHOLE_TEXT + field : field;
        this.type = type;
        this.ordinals = switch (type) {
            case KEYWORD, BOOLEAN, IP, TEXT -> true;
            default -> false;
        };
    }

    /** @param reader the next segment */
    void segment(LeafReader reader) throws IOException {
        if (ordinals) {
            set = DocValues.getSortedSet(reader, field);
            single = DocValues.unwrapSingleton(set);
        } else {
            numbers = DocValues.getSortedNumeric(reader, field);
            singleNumber = DocValues.unwrapSingleton(numbers);
            numberIds.clear();
        }
    }

    /** @return an upper bound of the ids of the segment so far: the ordinals, or the numbers met */
    int idBound() {
        return ordinals ? (int) set.getValueCount() : numberIds.size();
    }

    /**
     * @param doc a hit of the segment, in increasing order
     * @return how many distinct values it has; their ids are the first of {@link #ids()}
     */
    int read(int doc) throws IOException {
        if (ordinals) {
            return single != null ? readSingle(doc) : readSet(doc);
        }
        if (singleNumber != null) {
            if (!singleNumber.advanceExact(doc)) {
                return 0;
            }
            ids[0] = id(singleNumber.longValue());
            return 1;
        }
        return readNumbers(doc);
    }

    /**
     * @return the segment's ordinals when the field is a keyword-like one with at most one value per
     *         document in this segment, else {@code null}; their ordinals are the ids {@link #read} gives
     */
    SortedDocValues singleOrdinals() {
        return ordinals ? single : null;
    }

    /** @return the ids {@link #read} filled */
    int[] ids() {
        return ids;
    }

    /**
     * @param id an id of the current segment
     * @return its value, comparable with {@link #KEY_ORDER} and valid after the segment
     */
    Object key(int id) throws IOException {
        return ordinals ? BytesRef.deepCopyOf(set.lookupOrd(id)) : Long.valueOf(idNumbers[id]);
    }

    /**
     * @param key a key of {@link #key}
     * @return the value as the store shows it
     */
    String text(Object key) {
        return ordinals ? Aggregations.formatBytes(type, (BytesRef) key) : Aggregations.formatNumber(type, (Long) key);
    }

    private int readSingle(int doc) throws IOException {
        if (!single.advanceExact(doc)) {
            return 0;
        }
        ids[0] = single.ordValue();
        return 1;
    }

    private int readSet(int doc) throws IOException {
        if (!set.advanceExact(doc)) {
            return 0;
        }
        int count = set.docValueCount();
        ids = ArrayUtil.grow(ids, count);
        for (int i = 0; i < count; i++) {
            ids[i] = (int) set.nextOrd();
        }
        return count;
    }

    private int readNumbers(int doc) throws IOException {
        if (!numbers.advanceExact(doc)) {
            return 0;
        }
        int count = 0;
        ids = ArrayUtil.grow(ids, numbers.docValueCount());
        long previous = 0;
        for (int i = 0; i < numbers.docValueCount(); i++) {
            long value = numbers.nextValue();
            // Values come sorted: skipping repeats counts each value once per hit, as terms do.
            if (i == 0 || value != previous) {
                ids[count++] = id(value);
            }
            previous = value;
        }
        return count;
    }

    private int id(long number) {
        int next = numberIds.size();
        int id = (int) numberIds.putIfAbsent(number, next);
        if (id == next) {
            idNumbers = ArrayUtil.grow(idNumbers, next + 1);
            idNumbers[next] = number;
        }
        return id;
    }
}
