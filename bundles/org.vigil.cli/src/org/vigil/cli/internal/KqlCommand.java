package org.vigil.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.vigil.core.model.Event;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.QueryDsl;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.EventSource;
import org.vigil.events.SourceException;

/**
 * {@code vigil-cli kql [--source ID] [--from T] [--to T] [--lucene] QUERY}: the Elasticsearch
 * Query DSL the query translates to, as indented JSON. An Elasticsearch source translates with
 * its own mappings; any other source with the types of its fields, as if they were mapped so.
 */
final class KqlCommand extends SourceCommand {

    KqlCommand(BundleContext context, PrintStream out, Clock clock) {
        super("kql", Messages.Kql_summary, context, out, clock);
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, SourceQuery.OPTIONS, SourceQuery.FLAGS);
        Clock fixed = Clock.fixed(clock.instant(), clock.getZone());
        try (Registry registry = new Registry(context)) {
            out.println(translate(SourceQuery.source(registry, options).source(), SourceQuery.query(options, fixed),
                    fixed));
        } catch (SourceException | IllegalArgumentException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private static String translate(EventSource source, EventQuery query, Clock clock) throws SourceException {
        if (source instanceof ElasticsearchEventSource elasticsearch) {
            return elasticsearch.queryDsl(query, Cancellation.none());
        }
        return QueryDsl.forFields(query, source.fields(Cancellation.none()), clock.instant(), Event.TIMESTAMP);
    }
}
