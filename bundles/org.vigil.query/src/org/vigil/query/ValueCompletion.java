package org.vigil.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.vigil.query.internal.CompletionTokens;
import org.vigil.query.internal.CompletionTokens.Kind;
import org.vigil.query.internal.CompletionTokens.Token;

/**
 * Completion of values in the query bar, as Kibana's: after {@code field:} (and inside a group
 * {@code field:(a or …}) the field's frequent values are proposed, and the one taken is written so
 * that it parses back to exactly that value in the query's language. Knows nothing of where
 * values come from; the caller asks the source for the field this class names.
 */
public final class ValueCompletion {

    /** The query languages of the query bar. */
    public enum Syntax {
        /** Kibana Query Language, {@link KqlParser}. */
        KQL,
        /** Classic Lucene syntax, {@link LuceneSyntaxParser}. */
        LUCENE
    }

    /**
     * Where the operator is typing a value.
     *
     * @param field the field whose values fit here, with the path of an enclosing nested query
     * @param start where the value typed so far starts, its opening quote included
     * @param end where what a proposal replaces ends: the end of the word under the caret, or
     *        after the closing quote of a phrase the caret is in
     * @param typed the value typed before the caret, escapes resolved and quotes removed
     */
    public record Context(String field, int start, int end, String typed) {
    }

    /**
     * A query with a proposal taken.
     *
     * @param query the new query text
     * @param caret where the caret goes: after the value
     */
    public record Edit(String query, int caret) {
    }

    private static final Set<String> KQL_KEYWORDS = Set.of("and or not".split(" ")); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> LUCENE_KEYWORDS = Set.of("AND OR NOT TO && ||".split(" ")); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String KQL_SPECIAL = "\\():<>\"*{}"; //$NON-NLS-1$
    private static final String LUCENE_SPECIAL = "\\():<>\"*?{}[]^~/!&|"; //$NON-NLS-1$
    private static final String LUCENE_MODIFIERS = "+-!"; //$NON-NLS-1$

    /** A parenthesis, brace or bracket open before the caret, and what it means for values inside. */
    private record Frame(String groupField, String path, boolean range) {
    }

    private ValueCompletion() {
    }

    /**
     * @param query the query text
     * @param caret the caret's index in it
     * @param syntax the query's language
     * @return where a value of which field is being typed, or empty where no value belongs
     */
    public static Optional<Context> at(String query, int caret, Syntax syntax) {
        boolean lucene = syntax == Syntax.LUCENE;
        List<Token> tokens = CompletionTokens.of(query.substring(0, caret), lucene);
        Token current = currentToken(tokens, caret);
        int before = current == null ? tokens.size() : tokens.size() - 1;
        Deque<Frame> frames = frames(tokens.subList(0, before), lucene);
        if (!frames.isEmpty() && frames.peek().range()) {
            return Optional.empty();
        }
        int valueStart = kqlValueStart(tokens, before, lucene, current);
        String field = fieldBefore(tokens, valueStart, frames, lucene);
        if (field == null) {
            return Optional.empty();
        }
        return Optional.of(context(query, caret, field, tokens, valueStart, current, lucene));
    }

    /**
     * @param values values of the field, most frequent first
     * @param typed what the operator typed of the value so far
     * @return the values that start with it, then those that contain it, ignoring case, each group
     *         in the order given
     */
    public static List<String> matching(Collection<String> values, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String value : values) {
            String candidate = value.toLowerCase(Locale.ROOT);
            if (candidate.startsWith(lower)) {
                starting.add(value);
            } else if (candidate.contains(lower)) {
                containing.add(value);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /**
     * @param value a value of a field
     * @param syntax the query's language
     * @return the value as it must be written to match exactly it: as is when that is safe,
     *         otherwise a quoted phrase
     */
    public static String literal(String value, Syntax syntax) {
        boolean lucene = syntax == Syntax.LUCENE;
        // Both languages read a backslash before a quote or a backslash inside a phrase the same way.
        return isPlain(value, lucene) ? value : KqlText.phrase(value);
    }

    /**
     * @param query the query text
     * @param context where the value goes, from {@link #at}
     * @param value the value taken
     * @param syntax the query's language
     * @return the query with the value in place of what was typed of it, and a blank after it when
     *         the query ends there, so that the next word can follow at once
     */
    public static Edit insert(String query, Context context, String value, Syntax syntax) {
        String written = context.start() < query.length() && query.charAt(context.start()) == '"'
                ? KqlText.phrase(value) : literal(value, syntax);
        String rest = query.substring(context.end());
        String after = rest.isEmpty() ? " " : ""; //$NON-NLS-1$ //$NON-NLS-2$
        String text = query.substring(0, context.start()) + written + after + rest;
        return new Edit(text, context.start() + written.length() + after.length());
    }

    private static boolean isPlain(String value, boolean lucene) {
        if (value.isEmpty() || (lucene ? LUCENE_KEYWORDS.contains(value)
                : KQL_KEYWORDS.contains(value.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (lucene && LUCENE_MODIFIERS.indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        String special = lucene ? LUCENE_SPECIAL : KQL_SPECIAL;
        return value.chars().noneMatch(c -> Character.isWhitespace(c) || special.indexOf(c) >= 0);
    }

    /** The word or open phrase the caret is at the end of, or null after a blank or a symbol. */
    private static Token currentToken(List<Token> tokens, int caret) {
        Token last = tokens.isEmpty() ? null : tokens.getLast();
        if (last == null) {
            return null;
        }
        boolean typing = last.kind() == Kind.WORD && last.end() == caret
                || last.kind() == Kind.PHRASE && !last.closed();
        return typing ? last : null;
    }

    private static Deque<Frame> frames(List<Token> tokens, boolean lucene) {
        Deque<Frame> frames = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean afterColon = i >= 2 && tokens.get(i - 1).kind() == Kind.COLON;
            String field = afterColon ? fieldName(tokens.get(i - 2), lucene) : null;
            String path = frames.isEmpty() ? "" : frames.peek().path(); //$NON-NLS-1$
            switch (token.kind()) {
                case OPEN_GROUP -> frames.push(new Frame(field != null ? path + field
                        : frames.isEmpty() ? null : frames.peek().groupField(), path, false));
                case OPEN_OTHER -> frames.push(lucene || field == null ? new Frame(null, path, true)
                        : new Frame(null, path + field + ".", false)); //$NON-NLS-1$
                case CLOSE -> frames.poll();
                default -> {
                    // Words, phrases and operators do not open or close anything.
                }
            }
        }
        return frames;
    }

    /**
     * A KQL value runs over blanks ({@code message:failed login} is one value), so the value the
     * caret is in may start some words back; in Lucene it is the current token.
     */
    private static int kqlValueStart(List<Token> tokens, int before, boolean lucene, Token current) {
        int start = before;
        if (lucene || current == null || current.kind() != Kind.WORD) {
            return start;
        }
        while (start > 0 && tokens.get(start - 1).kind() == Kind.WORD && !isKeyword(tokens.get(start - 1), false)) {
            start--;
        }
        return start > 0 && tokens.get(start - 1).kind() == Kind.COLON ? start : before;
    }

    private static String fieldBefore(List<Token> tokens, int valueStart, Deque<Frame> frames, boolean lucene) {
        Token previous = valueStart > 0 ? tokens.get(valueStart - 1) : null;
        if (previous != null && previous.kind() == Kind.COLON) {
            String name = valueStart > 1 ? fieldName(tokens.get(valueStart - 2), lucene) : null;
            return name == null ? null : (frames.isEmpty() ? "" : frames.peek().path()) + name; //$NON-NLS-1$
        }
        boolean valueExpected = previous == null || previous.kind() == Kind.OPEN_GROUP || isKeyword(previous, lucene);
        return valueExpected && !frames.isEmpty() ? frames.peek().groupField() : null;
    }

    private static Context context(String query, int caret, String field, List<Token> tokens, int valueStart,
            Token current, boolean lucene) {
        if (current == null) {
            return new Context(field, caret, caret, ""); //$NON-NLS-1$
        }
        boolean phrase = current.kind() == Kind.PHRASE;
        int end = CompletionTokens.endOfToken(query, caret, phrase, lucene);
        Token first = tokens.get(valueStart);
        int start = first.start();
        String typed = first == current ? current.text() : query.substring(start, caret);
        if (lucene && !phrase && !typed.isEmpty() && LUCENE_MODIFIERS.indexOf(query.charAt(start)) >= 0) {
            return new Context(field, start + 1, end, typed.substring(1));
        }
        return new Context(field, start, end, typed);
    }

    /** The field a word before a colon names, or null if it names none that has values of its own. */
    private static String fieldName(Token token, boolean lucene) {
        if (token.kind() != Kind.WORD) {
            return null;
        }
        String name = token.text();
        while (lucene && !name.isEmpty() && LUCENE_MODIFIERS.indexOf(name.charAt(0)) >= 0) {
            name = name.substring(1);
        }
        boolean pattern = name.isEmpty() || name.contains("*") || "_exists_".equals(name); //$NON-NLS-1$ //$NON-NLS-2$
        return pattern ? null : name;
    }

    private static boolean isKeyword(Token token, boolean lucene) {
        return token.kind() == Kind.WORD && (lucene ? LUCENE_KEYWORDS.contains(token.text())
                : KQL_KEYWORDS.contains(token.text().toLowerCase(Locale.ROOT)));
    }
}
