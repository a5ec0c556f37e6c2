package org.vigil.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.events.Cancellation;
import org.vigil.events.CsvHits;
import org.vigil.events.EventSource;
import org.vigil.events.FieldInfo;
import org.vigil.events.Paging;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceException;

/**
 * {@code vigil-cli search [--source ID[,ID…]] [--from T] [--to T] [--lucene] [--limit N]
 * [--format table|ndjson|csv] QUERY}: the newest hits, paged through the source's cursor so that
 * any limit works. Table times are shown in the local time zone; NDJSON and CSV keep UTC. CSV
 * columns are {@code @timestamp}, {@code _id}, then the columns of the source's profile
 * ({@link org.vigil.events.SourceProfile}: Wazuh's agent, level, rule…), then its other fields by
 * name: fixed before the first hit, so CSV streams like the others. A table row starts with the
 * profile's columns too.
 */
final class SearchCommand extends SourceCommand {

    private static final int PAGE = 1_000;
    private static final List<String> FORMATS = List.of("table", "ndjson", "csv");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    SearchCommand(BundleContext context, PrintStream out, PrintStream err, Clock clock) {
        super("search", Messages.Search_summary, context, out, err, clock);
    }

    @Override
    public void run(List<String> args) throws CliException {
        Options options = Options.parse(args, SourceQuery.optionsWith("--limit", "--format"), SourceQuery.FLAGS);
        long limit = options.longValue("--limit", 20);
        String format = options.has("--format") ? options.value("--format") : "table";
        if (!FORMATS.contains(format)) {
            throw CliException.usage(NLS.bind(Messages.Search_badFormat, format));
        }
        try (Registry registry = new Registry(context)) {
            EventSource source = SourceQuery.sources(registry, options, err);
            SearchRequest request = SearchRequest.newestFirst(SourceQuery.query(options, clock),
                    (int) Math.max(1, Math.min(PAGE, limit)));
            print(source, request, limit, format);
        } catch (SourceException | IOException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private void print(EventSource source, SearchRequest first, long limit, String format)
            throws SourceException, IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Paging.forEachHit(source, first, limit, Cancellation.none(), hitWriter(format, source, writer));
        writer.flush();
    }

    private static Paging.HitConsumer<IOException> hitWriter(String format, EventSource source, Writer writer)
            throws SourceException, IOException {
        return switch (format) {
            case "ndjson" -> event -> EcsNdjson.write(event, writer);
            case "csv" -> CsvHits.start(writer, csvColumns(source.fields(Cancellation.none()), source.profile().columns()));
            default -> event -> writer.write(tableRow(event, source.profile().columns()));
        };
    }

    private static List<String> csvColumns(List<FieldInfo> fields, List<String> profiled) {
        List<String> names = fields.stream().map(FieldInfo::name).toList();
        return Stream.of(Stream.of(Event.TIMESTAMP, CsvHits.ID), profiled.stream().filter(names::contains),
                names.stream().filter(name -> !Event.TIMESTAMP.equals(name) && !profiled.contains(name)))
                .flatMap(column -> column).toList();
    }

    static String tableRow(Event event, List<String> profiled) {
        String when = LOCAL.format(event.timestamp().atZone(ZoneId.systemDefault()));
        Map<String, Object> ordered = new LinkedHashMap<>();
        profiled.stream().filter(field -> event.get(field) != null).forEach(field -> ordered.put(field, event.get(field)));
        event.fields().forEach(ordered::putIfAbsent);
        String fields = ordered.entrySet().stream().limit(12).map(SearchCommand::pair)
                .collect(Collectors.joining(" "));
        return when + "  " + fields + System.lineSeparator();
    }

    private static String pair(Map.Entry<String, Object> field) {
        return field.getKey() + "=" + field.getValue();
    }
}
