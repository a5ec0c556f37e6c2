package org.vigil.query;

/**
 * Writes KQL, for actions that add to the operator's query (filter for a value, filter it out)
 * so that any field name or value, quotes and backslashes included, reads back as written.
 */
public final class KqlText {

    private static final String SPECIAL_IN_NAMES = "\\():<>\"*{} \t";

    private KqlText() {
    }

    /**
     * @param value any value
     * @return the value as a quoted KQL phrase
     */
    public static String phrase(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * @param name a field name
     * @return the name with KQL's special characters escaped
     */
    public static String field(String name) {
        StringBuilder escaped = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (SPECIAL_IN_NAMES.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * @param query the operator's query, possibly empty
     * @param name a field name
     * @param value a value of that field
     * @param exclude whether to filter the value out rather than for it
     * @return the query narrowed to (or away from) the value
     */
    public static String narrow(String query, String name, String value, boolean exclude) {
        String clause = (exclude ? "not " : "") + field(name) + ":" + phrase(value);
        return query.isBlank() ? clause : "(" + query.strip() + ") and " + clause;
    }
}
