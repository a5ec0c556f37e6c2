package org.vigil.opensearch.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigil.core.model.Event;
import org.vigil.events.dsl.Json;

/**
 * The OpenSearch node a test run was given ({@code vigil.os.url}, started by
 * releng/opensearch/os-node.sh), and the plain HTTP the tests load it with, apart from the
 * client under test. A missing node skips the test, or fails it when {@code vigil.os.required=true},
 * so that a CI run cannot pass by testing nothing.
 */
final class OsNode {

    /** What tycho-surefire passes for a system property whose Maven property is empty. */
    private static final String UNSET = "null";
    private static final int BULK_SIZE = 1_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OsNode() {
    }

    /** @return the node's address */
    static String url() {
        return property("vigil.os.url", "vigil.os.required", "OpenSearch");
    }

    /**
     * @param key a system property naming an Elasticsearch node's fact
     * @return its value; skips or fails the test as for the OpenSearch node
     */
    static String esProperty(String key) {
        return property(key, "vigil.es.required", "secure Elasticsearch");
    }

    /** @return a name for a throw-away index */
    static String newIndex(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates an index with one shard and the given properties.
     *
     * @param index its name
     * @param properties the {@code properties} object of its mapping, as JSON
     */
    static void create(String index, String properties) throws IOException, InterruptedException {
        createWithMappings(index, Json.object("properties", properties));
    }

    /**
     * Creates an index with one shard and the given mappings.
     *
     * @param index its name
     * @param mappings its {@code mappings} object, as JSON
     */
    static void createWithMappings(String index, String mappings) throws IOException, InterruptedException {
        send("PUT", "/" + index, Json.object("settings", Json.object("number_of_shards", "1", "number_of_replicas", "0"),
                "mappings", mappings));
    }

    /** Writes the events with their ids and makes them searchable. */
    static void write(String index, List<Event> events) throws IOException, InterruptedException {
        for (int from = 0; from < events.size(); from += BULK_SIZE) {
            StringBuilder bulk = new StringBuilder();
            for (Event event : events.subList(from, Math.min(events.size(), from + BULK_SIZE))) {
                bulk.append(Json.object("index", Json.object("_index", Json.quote(index), "_id", Json.quote(event.id()))))
                        .append('\n').append(document(event)).append('\n');
            }
            String answer = send("POST", "/_bulk?refresh=true", bulk.toString());
            assertTrue(answer.contains("\"errors\":false"), "bulk indexing failed: " + answer);
        }
    }

    /** Writes raw JSON documents (a fixture file's lines) and makes them searchable. */
    static void writeRaw(String index, List<String> documents) throws IOException, InterruptedException {
        StringBuilder bulk = new StringBuilder();
        for (String document : documents) {
            bulk.append(Json.object("index", Json.object("_index", Json.quote(index)))).append('\n').append(document)
                    .append('\n');
        }
        String answer = send("POST", "/_bulk?refresh=true", bulk.toString());
        assertTrue(answer.contains("\"errors\":false"), "bulk indexing failed: " + answer);
    }

    static void delete(String index) throws IOException, InterruptedException {
        send("DELETE", "/" + index, null);
    }

    /** @return a port that was free a moment ago and now has nobody listening */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** @return the event as a document: dotted names as they are, instants as ISO text */
    private static String document(Event event) {
        StringBuilder json = new StringBuilder("{").append(Json.quote(Event.TIMESTAMP)).append(':')
                .append(Json.quote(event.timestamp().toString()));
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            json.append(',').append(Json.quote(field.getKey())).append(':').append(value(field.getValue()));
        }
        return json.append('}').toString();
    }

    private static String value(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return Json.array(list.stream().map(OsNode::value).toList());
        }
        return Json.quote(value instanceof Instant instant ? instant.toString() : String.valueOf(value));
    }

    private static String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type",
                path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            fail(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String property(String key, String required, String node) {
        String value = System.getProperty(key, "").trim();
        if (value.isEmpty() || UNSET.equals(value)) {
            String message = "The " + node + " node is missing: system property " + key + " is empty";
            if (Boolean.getBoolean(required)) {
                fail(message + ", and " + required + "=true");
            }
            assumeTrue(false, message + "; skipped");
        }
        return value;
    }
}
