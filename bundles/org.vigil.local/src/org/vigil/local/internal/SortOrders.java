package org.vigil.local.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.FieldType;
import org.vigil.events.Cursor;

/**
 * Sorts hits by one field and then by event id, and turns the last hit of a page into a cursor.
 * The id tie-breaker makes the order total, so a cursor stays valid when the index is refreshed
 * or merged between pages (document numbers would not).
 */
final class SortOrders {

    private static final String SEPARATOR = "|";

    private SortOrders() {
    }

    static Sort sort(String field, FieldType type, boolean ascending) {
        SortField primary = switch (type) {
            case LONG, DATE -> new SortedNumericSortField(field, SortField.Type.LONG, !ascending);
            case DOUBLE -> new SortedNumericSortField(field, SortField.Type.DOUBLE, !ascending);
            default -> new SortedSetSortField(field, !ascending);
        };
        primary.setMissingValue(missingLast(type, ascending));
        return new Sort(primary, new SortField(EventDocuments.ID, SortField.Type.STRING, !ascending));
    }

    private static Object missingLast(FieldType type, boolean ascending) {
        return switch (type) {
            case LONG, DATE -> ascending ? Long.MAX_VALUE : Long.MIN_VALUE;
            case DOUBLE -> ascending ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            default -> ascending ? SortField.STRING_LAST : SortField.STRING_FIRST;
        };
    }

    static Cursor cursor(ScoreDoc last) {
        Object[] values = ((FieldDoc) last).fields;
        return new Cursor(encode(values[0]) + SEPARATOR + encode(values[1]));
    }

    static FieldDoc after(Cursor cursor) {
        String token = cursor.token();
        int split = token.indexOf(SEPARATOR);
        if (split < 0) {
            throw new IllegalArgumentException("not a cursor of the embedded store: " + token);
        }
        return new FieldDoc(0, Float.NaN,
                new Object[] { decode(token.substring(0, split)), decode(token.substring(split + 1)) });
    }

    private static String encode(Object value) {
        return switch (value) {
            case null -> "n";
            case Long number -> "l" + number;
            case Double number -> "d" + Double.doubleToLongBits(number);
            case BytesRef bytes -> "b" + Base64.getUrlEncoder().encodeToString(BytesRef.deepCopyOf(bytes).bytes);
            default -> throw new IllegalArgumentException("cannot continue after a sort value of " + value.getClass());
        };
    }

    private static Object decode(String text) {
        String body = text.substring(1);
        return switch (text.charAt(0)) {
            case 'l' -> Long.valueOf(body);
            case 'd' -> Double.longBitsToDouble(Long.parseLong(body));
            case 'b' -> new BytesRef(Base64.getUrlDecoder().decode(body.getBytes(StandardCharsets.US_ASCII)));
            default -> null;
        };
    }
}
