package org.vigil.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.vigil.core.model.EcsNdjson;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldType;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;
import org.vigil.elasticsearch.ElasticsearchEventSource;
import org.vigil.elasticsearch.IndexMappings;
import org.vigil.events.SourceDescriptor;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/**
 * The Elasticsearch side of the benchmark, through Vigil's own connector: the index created with
 * {@link IndexMappings}, the NDJSON sent with {@code _bulk}, and the same Query DSL sent raw
 * through the low-level client that Vigil's source uses. Loaded only with {@code --es-url}.
 */
final class EsBench implements AutoCloseable {

    /** The index the benchmark creates, and deletes at the end. */
    static final String INDEX = "vigil-bench"; //$NON-NLS-1$

    /** The start of the indices Vigil's import into a source writes, one per dataset. */
    static final String IMPORT_PREFIX = "vigil-bench-import"; //$NON-NLS-1$

    /** The start of the indices the raw `_bulk` of the same documents writes. */
    static final String RAW_PREFIX = "vigil-bench-raw"; //$NON-NLS-1$

    /** As Vigil's import: requests of about 1 Mi characters of NDJSON, two in flight. */
    private static final int RAW_REQUEST_CHARS = 1 << 20;
    private static final int RAW_CONCURRENCY = 2;

    private static final int BULK_LINES = 5_000;
    private static final Pattern PIT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\""); //$NON-NLS-1$

    private final ElasticsearchConnection connection;
    private final Rest5Client rest;

    private EsBench(ElasticsearchConnection connection) {
        this.connection = connection;
        this.rest = ((Rest5ClientTransport) connection.client()._transport()).restClient();
    }

    static EsBench open(ElasticsearchConnector connector, String url) throws ConnectionFailedException {
        EsBench bench = new EsBench(connector.open(ConnectionProfile.of("bench", URI.create(url)))); //$NON-NLS-1$
        bench.connection.check();
        return bench;
    }

    /** @return the source over the benchmark index, as the workbench would configure it */
    ElasticsearchEventSource source() {
        return new ElasticsearchEventSource(new SourceDescriptor("bench-es", "bench", "elasticsearch", INDEX), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                connection, INDEX, Event.TIMESTAMP, Clock.systemUTC());
    }

    /**
     * @param prefix the start of the index names, {@link #IMPORT_PREFIX} or {@link #RAW_PREFIX}
     * @return a source that imports into, and searches, the indices of that prefix
     */
    ElasticsearchEventSource importSource(String prefix) {
        String pattern = prefix + "-*"; //$NON-NLS-1$
        return new ElasticsearchEventSource(new SourceDescriptor(prefix, prefix, "elasticsearch", pattern), //$NON-NLS-1$
                connection, pattern, Event.TIMESTAMP, Clock.systemUTC(), prefix);
    }

    /**
     * The reference of Vigil's import into a source: the same parsed documents, with the same ids,
     * into the same indices made with the same mapping, in requests of the same size with the
     * same number in flight, and a refresh at the end; but no parsing, no check of the items,
     * no retry and no count, which is what Vigil's import adds.
     *
     * @param events the documents, parsed beforehand
     * @return the elapsed nanoseconds of creating the indices, the bulk requests and the refresh
     */
    long rawImport(List<Event> events) throws IOException, InterruptedException {
        ElasticsearchEventSource naming = importSource(RAW_PREFIX);
        deleteImportIndices(RAW_PREFIX);
        Set<String> indices = new TreeSet<>();
        events.forEach(event -> indices.add(naming.importIndex(event)));
        // The settings of Vigil's import indices: no replica to wait for on a single node.
        String mapping = "{\"settings\":{\"index\":{\"auto_expand_replicas\":\"0-1\"}},\"mappings\":" //$NON-NLS-1$
                + JsonpUtils.toJsonString(IndexMappings.forImport(), connection.client()._jsonpMapper()) + "}"; //$NON-NLS-1$
        ExecutorService senders = Executors.newFixedThreadPool(RAW_CONCURRENCY);
        Semaphore inFlight = new Semaphore(RAW_CONCURRENCY);
        List<Future<String>> answers = new ArrayList<>();
        long start = System.nanoTime();
        // Timed, as Vigil's import creates its indices as it goes.
        for (String index : indices) {
            perform("PUT", "/" + index, mapping); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            StringBuilder body = new StringBuilder(RAW_REQUEST_CHARS + (1 << 16));
            for (Event event : events) {
                body.append("{\"index\":{\"_index\":\"").append(naming.importIndex(event)).append("\",\"_id\":\"") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(event.id()).append("\"}}\n"); //$NON-NLS-1$
                EcsNdjson.appendDocument(event, body);
                body.append('\n');
                if (body.length() >= RAW_REQUEST_CHARS) {
                    answers.add(sendAsync(senders, inFlight, body.toString()));
                    body.setLength(0);
                }
            }
            if (body.length() > 0) {
                answers.add(sendAsync(senders, inFlight, body.toString()));
            }
            for (Future<String> answer : answers) {
                answer.get();
            }
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            senders.shutdown();
        }
        perform("POST", "/" + RAW_PREFIX + "-*/_refresh", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return System.nanoTime() - start;
    }

    private Future<String> sendAsync(ExecutorService senders, Semaphore inFlight, String body)
            throws InterruptedException {
        inFlight.acquire();
        return senders.submit(() -> {
            try {
                return perform("POST", "/_bulk", body); //$NON-NLS-1$ //$NON-NLS-2$
            } finally {
                inFlight.release();
            }
        });
    }

    /**
     * Deletes the indices and the template an import with this prefix made.
     *
     * @param prefix {@link #IMPORT_PREFIX} or {@link #RAW_PREFIX}
     */
    void deleteImportIndices(String prefix) throws IOException {
        deleteIndices(prefix);
        try {
            perform("DELETE", "/_index_template/" + prefix, null); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            // No template: the raw load makes none.
        }
    }

    /**
     * Deletes the indices an import with this prefix made, and keeps its template, as a cluster
     * that Vigil imported into before keeps it.
     *
     * @param prefix {@link #IMPORT_PREFIX} or {@link #RAW_PREFIX}
     */
    void deleteIndices(String prefix) throws IOException {
        String names = perform("GET", "/_cat/indices/" + prefix + "-*?h=index", null).strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!names.isEmpty()) {
            perform("DELETE", "/" + String.join(",", names.split("\\s+")), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    /**
     * Creates the index with Vigil's mapping for these field types and bulk-loads the file.
     *
     * @return the elapsed nanoseconds of the bulk requests and the final refresh
     */
    long bulk(Path ndjson, Map<String, FieldType> types) throws IOException, ConnectionFailedException {
        delete();
        connection.call(client -> client.indices()
                .create(create -> create.index(INDEX).mappings(IndexMappings.forTypes(types))));
        long start = System.nanoTime();
        StringBuilder body = new StringBuilder(1 << 22);
        int lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                body.append("{\"index\":{}}\n").append(line).append('\n'); //$NON-NLS-1$
                if (++lines % BULK_LINES == 0) {
                    send(body);
                }
            }
        }
        send(body);
        perform("POST", "/" + INDEX + "/_refresh", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return System.nanoTime() - start;
    }

    private void send(StringBuilder body) throws IOException {
        if (body.length() > 0) {
            String response = perform("POST", "/" + INDEX + "/_bulk", body.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (response.startsWith("{\"errors\":true") || response.contains("\"errors\":true")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new IOException("bulk request had errors: " //$NON-NLS-1$
                        + response.substring(0, Math.min(500, response.length())));
            }
            body.setLength(0);
        }
    }

    /**
     * The first page as Vigil's source requests it (open a point in time, then search it), sent
     * as raw JSON; the response is read but not decoded. The point in time is closed afterwards.
     */
    int rawFirstPage(String query, int size) throws IOException {
        String pit = pitId(perform("POST", "/" + INDEX + "/_pit?keep_alive=" + ElasticsearchEventSource.KEEP_ALIVE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                null));
        String body = "{\"pit\":{\"id\":\"" + pit + "\",\"keep_alive\":\"" + ElasticsearchEventSource.KEEP_ALIVE //$NON-NLS-1$ //$NON-NLS-2$
                + "\"},\"query\":" + query + ",\"size\":" + size + ",\"track_total_hits\":true," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "\"sort\":[{\"@timestamp\":{\"order\":\"desc\"}},{\"event.id\":{\"order\":\"desc\"," //$NON-NLS-1$
                + "\"unmapped_type\":\"keyword\"}}]}"; //$NON-NLS-1$
        return perform("POST", "/_search", body).length(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Closes every point in time left open, outside the timed work. */
    void closePointsInTime() throws IOException {
        perform("DELETE", "/_pit/_all", null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param body a search of the benchmark index, as JSON
     * @return the length of the answer, read but not decoded
     */
    int rawSearch(String body) throws IOException {
        return perform("POST", "/" + INDEX + "/_search", body).length(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The same count, sent raw. */
    int rawCount(String query) throws IOException {
        return perform("POST", "/" + INDEX + "/_count", "{\"query\":" + query + "}").length(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    private static String pitId(String response) throws IOException {
        Matcher matcher = PIT_ID.matcher(response);
        if (!matcher.find()) {
            throw new IOException("no point in time in " + response); //$NON-NLS-1$
        }
        return matcher.group(1);
    }

    private String perform(String method, String endpoint, String json) throws IOException {
        Request request = new Request(method, endpoint);
        if (json != null) {
            request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        }
        Response response = rest.performRequest(request);
        try {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new IOException(e);
        }
    }

    private void delete() throws IOException {
        try {
            perform("DELETE", "/" + INDEX, null); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            // Not there: nothing to delete.
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closePointsInTime();
            delete();
            deleteImportIndices(IMPORT_PREFIX);
            deleteImportIndices(RAW_PREFIX);
        } finally {
            connection.close();
        }
    }
}
