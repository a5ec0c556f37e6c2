package org.vigil.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.core.model.KnownFields;
import org.vigil.core.model.TimeRange;
import org.vigil.demo.DemoData;
import org.vigil.demo.DemoSettings;
import org.vigil.events.Cancellation;
import org.vigil.events.EventQuery;
import org.vigil.events.SearchRequest;
import org.vigil.events.SourceDescriptor;
import org.vigil.events.dsl.Json;
import org.vigil.opensearch.OpenSearchConnection;
import org.vigil.opensearch.OpenSearchEventSource;
import org.vigil.query.KqlParser;

/**
 * {@code vigil-cli bench --os-search --os-url URL}: the first page of each benchmark query through
 * the OpenSearch source, as {@code vigil-cli search --source <opensearch source>} fetches it,
 * against the same raw requests (open a point in time, the same search body) sent with the JDK's
 * HTTP client to the same node, timed side by side in one JVM so that neither pays the start of
 * a process. The demo events are bulk-loaded first, untimed.
 */
final class OsBench {

    private static final String INDEX = "vigil-bench-os"; //$NON-NLS-1$
    private static final int BULK = 5_000;
    private static final int PAGE = 100;
    private static final Pattern PIT = Pattern.compile("\"pit_id\"\\s*:\\s*\"([^\"]+)\""); //$NON-NLS-1$

    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    OsBench(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url; //$NON-NLS-1$
    }

    /** Runs the comparison and adds one row per query to the table. */
    void run(int events, int warmups, int runs, BenchTable table) throws Exception {
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
        TimeRange range = new TimeRange(end.minus(Duration.ofDays(29)), end);
        load(new DemoData(new DemoSettings(DemoSettings.STANDARD_SEED, end, Duration.ofDays(28), events)).events()
                .iterator());
        try (OpenSearchConnection connection = OpenSearchConnection.open("bench-os", //$NON-NLS-1$
                OpenSearchConnection.Settings.of(url))) {
            OpenSearchEventSource source = new OpenSearchEventSource(
                    new SourceDescriptor("bench-os", "bench-os", OpenSearchEventSource.KIND, url), connection, INDEX, //$NON-NLS-1$ //$NON-NLS-2$
                    Event.TIMESTAMP, Clock.systemUTC());
            for (BenchQueries query : BenchQueries.all()) {
                EventQuery parsed = new EventQuery(KqlParser.parse(query.kql()), range);
                SearchRequest page = SearchRequest.newestFirst(parsed, PAGE);
                String body = Json.object("size", String.valueOf(PAGE), "query", //$NON-NLS-1$ //$NON-NLS-2$
                        source.queryDsl(parsed, Cancellation.none()), "track_total_hits", "true", "sort", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "[{\"@timestamp\":{\"order\":\"desc\",\"unmapped_type\":\"keyword\"}},{\"_id\":{\"order\":\"desc\",\"unmapped_type\":\"keyword\"}}]"); //$NON-NLS-1$
                Latency.Pair pair = Latency.compare(warmups, runs, () -> source.search(page, Cancellation.none()),
                        () -> rawFirstPage(body));
                send("DELETE", "/_search/point_in_time/_all", null); //$NON-NLS-1$ //$NON-NLS-2$
                double ratio = pair.vigil().p50() / pair.reference().p50();
                table.row("OpenSearch search " + query.name() + " `" + query.kql() //$NON-NLS-1$ //$NON-NLS-2$
                        + "`: Vigil's source (`vigil-cli search`) vs the same raw requests", pair.vigil().format(), //$NON-NLS-1$
                        pair.reference().format(), ratio, "p50 ≤ 1.15×", ratio <= 1.15); //$NON-NLS-1$
            }
        } finally {
            send("DELETE", "/" + INDEX, null); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** What the source sends for a first page: a point in time, then the search on it. */
    private void rawFirstPage(String body) throws IOException, InterruptedException {
        Matcher pit = PIT.matcher(send("POST", "/" + INDEX + "/_search/point_in_time?keep_alive=5m", null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!pit.find()) {
            throw new IOException("no point in time"); //$NON-NLS-1$
        }
        send("POST", "/_search", body.substring(0, body.length() - 1) //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"pit\":" + Json.object("id", Json.quote(pit.group(1)), "keep_alive", Json.quote("5m")) + '}'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    private void load(Iterator<Event> events) throws IOException, InterruptedException {
        send("DELETE", "/" + INDEX + "?ignore_unavailable=true", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Map<String, FieldType> types = new TreeMap<>(KnownFields.byName());
        types.put(Event.TIMESTAMP, FieldType.DATE);
        List<String> properties = new ArrayList<>();
        types.forEach((name, type) -> {
            properties.add(name);
            properties.add(Json.object("type", Json.quote(type(type)))); //$NON-NLS-1$
        });
        send("PUT", "/" + INDEX, Json.object("settings", Json.object("number_of_shards", "1", "number_of_replicas", "0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "mappings", Json.object("dynamic_templates", //$NON-NLS-1$ //$NON-NLS-2$
                        "[{\"strings\":{\"match_mapping_type\":\"string\",\"mapping\":{\"type\":\"keyword\"}}}]", //$NON-NLS-1$
                        "properties", Json.object(properties.toArray(String[]::new))))); //$NON-NLS-1$
        StringBuilder bulk = new StringBuilder();
        int lines = 0;
        while (events.hasNext()) {
            Event event = events.next();
            bulk.append(Json.object("index", Json.object("_index", Json.quote(INDEX), "_id", Json.quote(event.id())))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append('\n').append(document(event)).append('\n');
            if (++lines == BULK || !events.hasNext()) {
                send("POST", "/_bulk", bulk.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                bulk.setLength(0);
                lines = 0;
            }
        }
        send("POST", "/" + INDEX + "/_refresh", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String type(FieldType type) {
        return switch (type) {
            case KEYWORD -> "keyword"; //$NON-NLS-1$
            case TEXT -> "text"; //$NON-NLS-1$
            case IP -> "ip"; //$NON-NLS-1$
            case LONG -> "long"; //$NON-NLS-1$
            case DOUBLE -> "double"; //$NON-NLS-1$
            case DATE -> "date"; //$NON-NLS-1$
            case BOOLEAN -> "boolean"; //$NON-NLS-1$
        };
    }

    private static String document(Event event) {
        List<String> members = new ArrayList<>(List.of(Event.TIMESTAMP, Json.quote(event.timestamp().toString())));
        event.fields().forEach((name, value) -> {
            members.add(name);
            members.add(value instanceof Number || value instanceof Boolean ? value.toString()
                    : Json.quote(String.valueOf(value)));
        });
        return Json.object(members.toArray(String[]::new));
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !"DELETE".equals(method)) { //$NON-NLS-1$
            throw new IOException(method + ' ' + path + ": HTTP " + response.statusCode() + ' ' + response.body()); //$NON-NLS-1$
        }
        return response.body();
    }
}
