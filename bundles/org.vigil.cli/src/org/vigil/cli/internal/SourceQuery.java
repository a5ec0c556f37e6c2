package org.vigil.cli.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.TimeRange;
import org.vigil.events.EventQuery;
import org.vigil.events.RegisteredSource;
import org.vigil.query.DateMath;
import org.vigil.query.KqlParser;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;

/**
 * The options every command that reads a source shares: {@code --source ID} (default: the
 * registry's default source), {@code --from}/{@code --to} (ISO dates or date math, default the
 * last 30 days), {@code --lucene} for Lucene syntax instead of KQL, and the query words.
 */
final class SourceQuery {

    /** Options that take a value. */
    static final List<String> OPTIONS = List.of("--source", "--from", "--to");
    /** Options without a value. */
    static final List<String> FLAGS = List.of("--lucene");

    private SourceQuery() {
    }

    static List<String> optionsWith(String... extra) {
        return Stream.concat(OPTIONS.stream(), Stream.of(extra)).toList();
    }

    static String text(Options options) {
        return String.join(" ", options.positional());
    }

    static QueryNode parse(Options options) throws CliException {
        String text = text(options);
        try {
            return options.has("--lucene") ? LuceneSyntaxParser.parse(text) : KqlParser.parse(text);
        } catch (QuerySyntaxException e) {
            throw CliException.usage(NLS.bind(Messages.Query_syntax, new Object[] { e.getMessage(), text,
                    " ".repeat(e.span().start()) + "^".repeat(Math.max(1, e.span().end() - e.span().start())) }));
        }
    }

    static EventQuery query(Options options, Clock clock) throws CliException {
        return new EventQuery(parse(options), range(options, clock));
    }

    static RegisteredSource source(Registry registry, Options options) throws CliException {
        return registry.source(options.has("--source") ? options.value("--source") : null);
    }

    private static TimeRange range(Options options, Clock clock) throws CliException {
        return range(options, clock, "now-30d", "now");
    }

    /**
     * @param options the command line, whose {@code --from} and {@code --to} win
     * @param clock what {@code now} is
     * @param from the start when {@code --from} is not given, in date math
     * @param to the end when {@code --to} is not given
     * @return the range
     * @throws CliException (usage) on a bad expression or an empty range
     */
    static TimeRange range(Options options, Clock clock, String from, String to) throws CliException {
        Instant now = clock.instant();
        Instant start = instant(options, "--from", from, now, false);
        Instant end = instant(options, "--to", to, now, true);
        if (!end.isAfter(start)) {
            throw CliException.usage(NLS.bind(Messages.Query_emptyRange, start, end));
        }
        return new TimeRange(start, end);
    }

    private static Instant instant(Options options, String name, String fallback, Instant now, boolean roundUp)
            throws CliException {
        String expression = options.has(name) ? options.value(name) : fallback;
        try {
            return DateMath.resolve(expression, now, roundUp);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(NLS.bind(Messages.Query_badTime, name, e.getMessage()));
        }
    }
}
