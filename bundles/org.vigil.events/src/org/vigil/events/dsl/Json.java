package org.vigil.events.dsl;

import java.util.List;
import java.util.StringJoiner;

/**
 * Just enough JSON writing for query DSL bodies, so that a request is written without building a
 * tree of objects first; answers are read with Jackson's streaming parser ({@link AggregationDsl}).
 */
public final class Json {

    private Json() {
    }

    /**
     * @param text any text
     * @return it as a JSON string, quoted and escaped
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\""); //$NON-NLS-1$
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                case '\r' -> out.append("\\r"); //$NON-NLS-1$
                case '\t' -> out.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * @param keysAndValues key, JSON value, key, JSON value, ...
     * @return the object of those members
     */
    public static String object(String... keysAndValues) {
        StringJoiner members = new StringJoiner(",", "{", "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            members.add(quote(keysAndValues[i]) + ':' + keysAndValues[i + 1]);
        }
        return members.toString();
    }

    /**
     * @param values JSON values
     * @return the array of them
     */
    public static String array(List<String> values) {
        return '[' + String.join(",", values) + ']'; //$NON-NLS-1$
    }
}
