package org.vigil.elasticsearch.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnection.Call;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * The indices of a team store (the cases, the registry of systems) on a source's cluster, and
 * the calls every such store makes through them. Each index is created with its explicit mapping
 * on the first write; fields not mapped are kept in the source but not indexed. Failures come
 * back as the connection explains them, naming the address and the user.
 */
public final class TeamIndices {

    /** How documents are read: as the JSON objects they are. */
    @SuppressWarnings("unchecked")
    public static final Class<Map<String, Object>> DOCUMENT = (Class<Map<String, Object>>) (Class<?>) Map.class;

    /** A date field of a mapping. */
    public static final String DATE = "{\"type\": \"date\"}"; //$NON-NLS-1$
    /** A keyword field of a mapping. */
    public static final String KEYWORD = "{\"type\": \"keyword\"}"; //$NON-NLS-1$

    /** One replica where the cluster has a second node, none on a single node (a green index either way). */
    private static final String SETTINGS = """
            "settings": {"index": {"auto_expand_replicas": "0-1"}},
            """;
    private static final int PAGE = 1_000;

    private final ElasticsearchConnection connection;
    private final Map<String, String> mappings;
    private volatile boolean ensured;

    /**
     * @param connection the connection to call through; its owner closes it
     * @param mappings the mapping of each index by name, in the order to create them
     */
    public TeamIndices(ElasticsearchConnection connection, Map<String, String> mappings) {
        this.connection = connection;
        this.mappings = new LinkedHashMap<>(mappings);
    }

    /** @return the connection's address and user, for messages */
    public ElasticsearchConnection connection() {
        return connection;
    }

    /**
     * Reads: runs the work without creating missing indices, so that a user who may only read is
     * not refused for an index nobody wrote yet (a search with {@code ignoreUnavailable} then
     * finds nothing).
     *
     * @param <T> the answer
     * @param work the requests
     * @return the answer
     * @throws ConnectionFailedException as the connection explains the failure
     */
    public <T> T read(Call<T> work) throws ConnectionFailedException {
        return connection.call(work);
    }

    /**
     * Writes: creates the missing indices first.
     *
     * @param <T> the answer
     * @param work the requests
     * @return the answer
     * @throws ConnectionFailedException as the connection explains the failure
     */
    public <T> T write(Call<T> work) throws ConnectionFailedException {
        ensure();
        return connection.call(work);
    }

    /**
     * A write that Elasticsearch refuses with 409 when the document moved on since it was read
     * ({@code if_seq_no}/{@code if_primary_term}) or exists already ({@code create}).
     *
     * @param work the write
     * @return whether it was written
     * @throws ConnectionFailedException for any other failure
     */
    public boolean conditional(Call<?> work) throws ConnectionFailedException {
        return write(client -> {
            try {
                work.run(client);
                return true;
            } catch (ElasticsearchException e) {
                if (e.status() == 409) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * Every hit of an index, paged with {@code search_after} on a unique keyword field
     * (Elasticsearch does not sort on {@code _id}); a missing index has none.
     *
     * @param index the index
     * @param query which documents, or null for all
     * @param uniqueField a keyword field unique per document, the order of the hits
     * @return the hits with their sequence numbers and primary terms
     * @throws ConnectionFailedException as the connection explains the failure
     */
    public List<Hit<Map<String, Object>>> searchAll(String index, Query query, String uniqueField)
            throws ConnectionFailedException {
        List<Hit<Map<String, Object>>> all = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            List<Hit<Map<String, Object>>> hits = read(c -> c.search(s -> {
                s.index(index).size(PAGE).seqNoPrimaryTerm(true).ignoreUnavailable(true)
                        .sort(o -> o.field(f -> f.field(uniqueField)));
                if (query != null) {
                    s.query(query);
                }
                return from == null ? s : s.searchAfter(from);
            }, DOCUMENT)).hits().hits();
            all.addAll(hits);
            if (hits.size() < PAGE) {
                return all;
            }
            after = hits.getLast().sort();
        }
    }

    private void ensure() throws ConnectionFailedException {
        if (!ensured) {
            synchronized (this) {
                if (!ensured) {
                    connection.call(this::create);
                    ensured = true;
                }
            }
        }
    }

    /** Creates the indices that do not exist yet; another client creating one at the same moment is not an error. */
    private Void create(ElasticsearchClient client) throws IOException {
        for (Map.Entry<String, String> index : mappings.entrySet()) {
            if (client.indices().exists(e -> e.index(index.getKey())).value()) {
                continue;
            }
            String body = "{" + SETTINGS + "\"mappings\": " + index.getValue() + "}"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            try {
                client.indices().create(c -> c.index(index.getKey()).withJson(new StringReader(body)));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) { //$NON-NLS-1$
                    throw e;
                }
            }
        }
        return null;
    }
}
