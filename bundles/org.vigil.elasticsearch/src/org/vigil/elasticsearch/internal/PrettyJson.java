package org.vigil.elasticsearch.internal;

/** Indents compact JSON by two spaces per level, leaving strings untouched. */
public final class PrettyJson {

    private static final String INDENT = "  "; //$NON-NLS-1$

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean inString;
    private boolean escaped;
    private char open;

    private PrettyJson() {
    }

    /**
     * @param json compact JSON, as {@link org.vigil.events.dsl.QueryDsl} writes it
     * @return the same JSON over several lines
     */
    public static String indent(String json) {
        PrettyJson pretty = new PrettyJson();
        json.chars().forEach(c -> pretty.append((char) c));
        return pretty.out.toString();
    }

    private void append(char c) {
        if (open != 0) {
            flushOpen(c);
            if (c == ']' || c == '}') {
                return;
            }
        }
        if (inString) {
            out.append(c);
            inString = escaped || c != '"';
            escaped = !escaped && c == '\\';
            return;
        }
        switch (c) {
            case '{', '[' -> open = c;
            case '}', ']' -> {
                newLine("", --depth); //$NON-NLS-1$
                out.append(c);
            }
            case ',' -> newLine(",", depth); //$NON-NLS-1$
            case ':' -> out.append(": "); //$NON-NLS-1$
            case '"' -> {
                inString = true;
                out.append(c);
            }
            default -> out.append(c);
        }
    }

    /** An empty object or array stays on one line. */
    private void flushOpen(char next) {
        boolean empty = next == (open == '{' ? '}' : ']');
        if (empty) {
            out.append(open).append(next);
        } else {
            newLine(String.valueOf(open), ++depth);
        }
        open = 0;
    }

    private void newLine(String before, int level) {
        out.append(before).append(System.lineSeparator()).append(INDENT.repeat(Math.max(0, level)));
    }
}
