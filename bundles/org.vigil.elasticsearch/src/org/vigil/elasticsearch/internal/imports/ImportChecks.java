package org.vigil.elasticsearch.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.IndexMappings;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.internal.SearchResponses;
import org.vigil.elasticsearch.internal.SourceCalls;
import org.vigil.events.Cancellation;
import org.vigil.events.SourceException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import co.elastic.clients.transport.rest5_client.low_level.Response;

/**
 * What an import asks the cluster besides the documents: whether the user may write, the
 * indices with Vigil's mapping, and how many documents an index holds.
 */
final class ImportChecks {

    // One replica where the cluster has a second node, none on a single-node cluster such as a
    // workstation's or the test node, which would otherwise stay yellow for ever.
    private static final String SETTINGS = "{\"index\":{\"auto_expand_replicas\":\"0-1\"}}"; //$NON-NLS-1$

    /** What an import needs on its indices: create them, write documents, count them afterwards. */
    static final List<String> PRIVILEGES = List.of("create_index", "index", "read"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final int OK = 200;
    private static final int MULTIPLE_CHOICES = 300;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    // Above the stack's own templates (100 to 200), so that Vigil's mapping wins for its indices.
    private static final int TEMPLATE_PRIORITY = 500;
    private static final JsonFactory JSON = new JsonFactory();

    private final SourceCalls calls;
    private final ImportIndices indices;
    private final String mapping;

    /**
     * @param calls the source's calls
     * @param indices where the import writes
     */
    ImportChecks(SourceCalls calls, ImportIndices indices) {
        this.calls = calls;
        this.indices = indices;
        this.mapping = calls.json(IndexMappings.forImport());
    }

    /**
     * Asks the cluster whether the user may write the import indices, before anything is sent. A
     * wrong password fails here too. A cluster without security has nobody to refuse.
     *
     * @param user the source's user, named in the refusal
     * @param cancellation lets the caller give up
     * @throws SourceException of kind DENIED naming the missing privileges
     */
    void checkMayWrite(String user, Cancellation cancellation) throws SourceException {
        String body = "{\"index\":[{\"names\":[\"" + indices.pattern() + "\"],\"privileges\":[\"" //$NON-NLS-1$ //$NON-NLS-2$
                + String.join("\",\"", PRIVILEGES) + "\"]}]}"; //$NON-NLS-1$ //$NON-NLS-2$
        Response answer = calls.exchange(Messages.Operation_checkWrite,
                SourceCalls.request("POST", "/_security/user/_has_privileges", body), cancellation); //$NON-NLS-1$ //$NON-NLS-2$
        int status = answer.getStatusCode();
        if (status == UNAUTHORIZED || status == FORBIDDEN) {
            throw calls.failure(Messages.Operation_checkWrite, answer);
        }
        if (status != OK) {
            // Security is off: the API does not exist, and nothing will be refused to anybody.
            return;
        }
        List<String> missing = read(answer, ImportChecks::missing);
        if (!missing.isEmpty()) {
            throw new SourceException(SourceException.Kind.DENIED, calls.sourceId(), NLS.bind(
                    Messages.Import_notAllowed, new Object[] { user, indices.pattern(), String.join(", ", missing) }), //$NON-NLS-1$
                    null);
        }
    }

    /**
     * Puts Vigil's index template, so that an import index made by anyone gets Vigil's mapping;
     * a user allowed to write but not to manage templates goes on, since {@link #create} gives
     * each index the same mapping.
     *
     * @param cancellation lets the caller give up
     * @throws SourceException if the cluster cannot be reached
     */
    void putTemplate(Cancellation cancellation) throws SourceException {
        String template = "{\"index_patterns\":[\"" + indices.pattern() + "\"],\"priority\":" + TEMPLATE_PRIORITY //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"template\":{\"settings\":" + SETTINGS + ",\"mappings\":" + mapping + "}"; //$NON-NLS-1$ //$NON-NLS-2$
        // Putting a template changes the cluster's state, which every node must agree on: the
        // import reads the version it put last and puts it again only when Vigil's has changed.
        int version = template.hashCode() & Integer.MAX_VALUE;
        String endpoint = "/_index_template/" + indices.prefix(); //$NON-NLS-1$
        Response known = calls.exchange(Messages.Operation_import, SourceCalls.request("GET", //$NON-NLS-1$
                endpoint + "?filter_path=index_templates.index_template.version", null), cancellation); //$NON-NLS-1$
        if (known.getStatusCode() < MULTIPLE_CHOICES
                && text(known).contains("\"version\":" + version + "}")) { //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        calls.exchange(Messages.Operation_import, SourceCalls.request("PUT", endpoint, //$NON-NLS-1$
                template + ",\"version\":" + version + "}"), cancellation); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Creates an import index with Vigil's mapping unless it exists.
     *
     * @param index the index
     * @param cancellation lets the caller give up
     * @return whether this call created it, empty: otherwise it existed already
     * @throws SourceException if the cluster refuses
     */
    boolean create(String index, Cancellation cancellation) throws SourceException {
        Response answer = calls.exchange(Messages.Operation_import,
                SourceCalls.request("PUT", "/" + index, "{\"settings\":" + SETTINGS + ",\"mappings\":" + mapping + "}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                cancellation);
        if (answer.getStatusCode() < MULTIPLE_CHOICES) {
            return true;
        }
        if (!alreadyExists(answer)) {
            throw calls.failure(Messages.Operation_import, answer);
        }
        return false;
    }

    /**
     * Makes what was written to an index searchable, if the user may: refreshing needs the
     * privilege {@code maintenance}, which a role that may only write and read lacks; its
     * writes become searchable at the index's next periodic refresh instead.
     *
     * @param index an index
     * @param cancellation lets the caller give up
     * @return whether the index was refreshed
     * @throws SourceException if the cluster refuses for another reason
     */
    boolean refresh(String index, Cancellation cancellation) throws SourceException {
        Response answer = calls.exchange(Messages.Operation_import,
                SourceCalls.request("POST", "/" + index + "/_refresh", null), cancellation); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (answer.getStatusCode() == FORBIDDEN) {
            return false;
        }
        ok(answer);
        return true;
    }

    /**
     * @param index an index
     * @param cancellation lets the caller give up
     * @return how many documents it holds that searches find
     * @throws SourceException if the cluster refuses
     */
    long count(String index, Cancellation cancellation) throws SourceException {
        Response answer = ok(calls.exchange(Messages.Operation_import,
                SourceCalls.request("GET", "/" + index + "/_count", null), cancellation)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return read(answer, ImportChecks::countOf);
    }

    private Response ok(Response answer) throws SourceException {
        if (answer.getStatusCode() >= MULTIPLE_CHOICES) {
            throw calls.failure(Messages.Operation_import, answer);
        }
        return answer;
    }

    /** @return the answer's body, or nothing if it cannot be read, which puts the template again */
    private static String text(Response answer) {
        if (answer.getEntity() == null) {
            return ""; //$NON-NLS-1$
        }
        try (InputStream body = answer.getEntity().getContent()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; //$NON-NLS-1$
        }
    }

    private static boolean alreadyExists(Response answer) {
        return SearchResponses.error(answer).startsWith("resource_already_exists_exception"); //$NON-NLS-1$
    }

    /** Reads a body with Jackson. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonParser parser) throws IOException;
    }

    private <T> T read(Response answer, Reader<T> reader) throws SourceException {
        try (InputStream body = answer.getEntity().getContent(); JsonParser parser = JSON.createParser(body)) {
            return reader.read(parser);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.UNAVAILABLE, calls.sourceId(), e.getMessage(), e);
        }
    }

    /** From {@code {"index": {"<pattern>": {"create_index": false, ...}}}}, the privileges held not. */
    private static List<String> missing(JsonParser parser) throws IOException {
        List<String> missing = new ArrayList<>();
        boolean inIndex = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent() != null
                    && parser.getParsingContext().getParent().inRoot()) {
                inIndex = "index".equals(parser.currentName()); //$NON-NLS-1$
            } else if (inIndex && token == JsonToken.VALUE_FALSE) {
                missing.add(parser.currentName());
            }
        }
        return missing;
    }

    private static long countOf(JsonParser parser) throws IOException {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME && "count".equals(parser.currentName()) //$NON-NLS-1$
                    && parser.getParsingContext().getParent().inRoot()) {
                parser.nextToken();
                return parser.getLongValue();
            }
        }
        throw new IOException("no count in the answer"); //$NON-NLS-1$
    }
}
