package org.vigil.elasticsearch.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.vigil.events.Cursor;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * Writes and reads the cursor tokens of the Elasticsearch source: the point in time the pages
 * are read from and the sort values of the last hit, for {@code search_after}.
 * <p>
 * A token is {@code es1|<pit id>|<value>|<value>…}, plain text rather than JSON so that it needs
 * no parser: the PIT id is base64 and has no {@code |}; each sort value is a type letter and its
 * text, {@code l} a long, {@code d} a double's bits, {@code b} a boolean, {@code s} a string in
 * URL-safe base64, {@code n} null. The sort values are the hit's own (its timestamp, its
 * {@code event.id}, and the {@code _shard_doc} Elasticsearch adds under a point in time).
 */
public final class SearchCursors {

    private static final String VERSION = "es1"; //$NON-NLS-1$
    private static final String SEPARATOR = "|"; //$NON-NLS-1$

    /**
     * Where a page continues.
     *
     * @param pit the point-in-time id
     * @param after the sort values of the last hit of the previous page
     */
    public record Position(String pit, List<FieldValue> after) {

        /** Keeps an immutable copy of the sort values. */
        public Position {
            after = List.copyOf(after);
        }
    }

    private SearchCursors() {
    }

    /**
     * @param position where the next page starts
     * @return the cursor carrying it
     */
    public static Cursor write(Position position) {
        StringBuilder token = new StringBuilder(VERSION).append(SEPARATOR).append(position.pit());
        position.after().forEach(value -> token.append(SEPARATOR).append(encode(value)));
        return new Cursor(token.toString());
    }

    /**
     * @param cursor a cursor {@link #write} made
     * @return where it continues
     * @throws IllegalArgumentException if the cursor is not one of this source
     */
    public static Position read(Cursor cursor) {
        String[] parts = cursor.token().split(Pattern.quote(SEPARATOR), -1);
        if (parts.length < 3 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
            throw new IllegalArgumentException("not a cursor of an Elasticsearch source"); //$NON-NLS-1$
        }
        List<FieldValue> after = new ArrayList<>();
        for (int i = 2; i < parts.length; i++) {
            after.add(decode(parts[i]));
        }
        return new Position(parts[1], after);
    }

    private static String encode(FieldValue value) {
        return switch (value._kind()) {
            case Long -> "l" + value.longValue(); //$NON-NLS-1$
            case Double -> "d" + Double.doubleToLongBits(value.doubleValue()); //$NON-NLS-1$
            case Boolean -> "b" + value.booleanValue(); //$NON-NLS-1$
            case String -> "s" + Base64.getUrlEncoder() //$NON-NLS-1$
                    .encodeToString(value.stringValue().getBytes(StandardCharsets.UTF_8));
            case Null -> "n"; //$NON-NLS-1$
            default -> throw new IllegalArgumentException("cannot continue after a sort value " + value); //$NON-NLS-1$
        };
    }

    private static FieldValue decode(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty sort value"); //$NON-NLS-1$
        }
        String body = text.substring(1);
        return switch (text.charAt(0)) {
            case 'l' -> FieldValue.of(Long.parseLong(body));
            case 'd' -> FieldValue.of(Double.longBitsToDouble(Long.parseLong(body)));
            case 'b' -> FieldValue.of(Boolean.parseBoolean(body));
            case 's' -> FieldValue.of(new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8));
            case 'n' -> FieldValue.NULL;
            default -> throw new IllegalArgumentException("unknown sort value " + text); //$NON-NLS-1$
        };
    }
}
