package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.vigil.core.model.TimeRange;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.GuardedSource;
import org.vigil.events.MultiSource;
import org.vigil.events.RegisteredSource;
import org.vigil.query.DateMath;
import org.vigil.query.KqlParser;
import org.vigil.query.LuceneSyntaxParser;
import org.vigil.query.QueryNode;
import org.vigil.query.QuerySyntaxException;

/**
 * The options every command that reads a source shares: {@code --source ID} (default: the
 * registry's default source), {@code --from}/{@code --to} (ISO dates or date math, default the
 * last 30 days), {@code --lucene} for Lucene syntax instead of KQL, {@code --timeout S} (how long
 * each source may take for one call, default {@link GuardedSource#DEFAULT_TIMEOUT}, as in the
 * workbench) and the query words.
 */
final class SourceQuery {

    /** Options that take a value. */
    static final List<String> OPTIONS = List.of("--source", "--from", "--to", "--timeout");
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

    /**
     * @param registry where the sources are found
     * @param options {@code --source ID} or {@code --source A,B,…}: several are searched as one
     * @param warnings told about a source left out of the answer (failed, or too slow)
     * @return the source, or the sources as one, each of whose calls ends within {@code --timeout}
     *         with an error naming the source, whatever the source does
     * @throws CliException naming an unknown or repeated source, or a bad time limit
     */
    static EventSource sources(Registry registry, Options options, PrintStream warnings) throws CliException {
        Duration limit = timeout(options);
        if (!options.has("--source") || !options.value("--source").contains(",")) { //$NON-NLS-1$ //$NON-NLS-2$
            return GuardedSource.of(source(registry, options).source(), limit);
        }
        Map<String, EventSource> named = new LinkedHashMap<>();
        for (String id : options.value("--source").split(",", -1)) { //$NON-NLS-1$ //$NON-NLS-2$
            String trimmed = id.strip();
            if (trimmed.isEmpty() || named.containsKey(trimmed)) {
                throw CliException.usage(NLS.bind(Messages.Source_badList, options.value("--source"))); //$NON-NLS-1$
            }
            named.put(trimmed, registry.source(trimmed).source());
        }
        return new MultiSource(List.copyOf(named.values()), limit, (source, problem) -> warnings
                .println(NLS.bind(Messages.Source_leftOut, source.id(), problem.getMessage())));
    }

    private static Duration timeout(Options options) throws CliException {
        long seconds = options.longValue("--timeout", GuardedSource.DEFAULT_TIMEOUT.toSeconds()); //$NON-NLS-1$
        if (seconds < 1) {
            throw CliException.usage(NLS.bind(Messages.Source_badTimeout, seconds));
        }
        return Duration.ofSeconds(seconds);
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
