package org.vigil.elasticsearch.internal.cases;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseNumber;
import org.vigil.cases.CaseStoreException;
import org.vigil.cases.Comment;
import org.vigil.cases.StoreInfo;
import org.vigil.cases.spi.AbstractCaseStore;
import org.vigil.cases.spi.CaseDocuments;
import org.vigil.cases.spi.CaseWrite;
import org.vigil.cases.spi.StaleCaseException;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnection.Call;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.internal.TeamIndices;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * A team's cases in Elasticsearch ({@link CaseIndices}). Writes refresh the index at once
 * (cases change at the pace of people, and a list must show a case the moment it is saved;
 * waiting for the periodic refresh would add a second to every save). Optimistic concurrency rides on the
 * case document's sequence number and primary term ({@code if_seq_no}/{@code if_primary_term}),
 * checked against the version the edit started from.
 *
 * <p>Elasticsearch has no transaction across documents, so a case and its audit entries are
 * written as one document first: the entries travel in the case's {@code pendingAudit} field,
 * then are copied to the audit index under ids fixed by case, version and position. A failed
 * copy is logged and the entries stay in the case document, where reading the audit trail finds
 * them and the next save of the case copies them again; an entry is never lost or doubled. A
 * merge writes two cases; all versions are checked before the first write, and if the second
 * write still fails the error says which case was written, and running the merge again
 * completes it.
 */
public final class ElasticsearchCaseStore extends AbstractCaseStore {

    private static final System.Logger LOG = System.getLogger(ElasticsearchCaseStore.class.getName());
    private static final String PENDING = "pendingAudit"; //$NON-NLS-1$
    /** The unique id of an audit entry, in its document: case, version and position in the change. */
    private static final String ENTRY_ID = "entryId"; //$NON-NLS-1$
    private static final int PAGE = 1_000;
    private static final int COUNTER_ATTEMPTS = 50;
    private static final Class<Map<String, Object>> DOCUMENT = TeamIndices.DOCUMENT;

    private final CaseIndices indices;
    private final TeamIndices team;

    /**
     * @param info what the store is
     * @param user who it writes as (the cluster user, or the OS user without security)
     * @param clock the time of every change
     * @param connection the connection to write through; its owner closes it
     * @param prefix the start of the index names
     */
    public ElasticsearchCaseStore(StoreInfo info, String user, Clock clock, ElasticsearchConnection connection,
            String prefix) {
        super(info, user, clock);
        this.indices = CaseIndices.withPrefix(prefix);
        this.team = new TeamIndices(connection, indices.mappings());
    }

    /**
     * @param prefix the start of the index names
     * @return the indices the store uses, as shown to the operator
     */
    public static String indexNames(String prefix) {
        return CaseIndices.withPrefix(prefix).names();
    }

    /** @return the index-name prefix used unless another is configured */
    public static String defaultPrefix() {
        return CaseIndices.DEFAULT_PREFIX;
    }

    @Override
    protected Optional<Case> read(CaseNumber number) throws CaseStoreException {
        GetResponse<Map<String, Object>> found = call(c -> c.get(g -> g.index(indices.cases()).id(number.toString()),
                DOCUMENT));
        return found.found() ? Optional.of(CaseDocuments.toCase(found.source())) : Optional.empty();
    }

    @Override
    protected List<Case> readAll() throws CaseStoreException {
        return searchAll(indices.cases(), null, "number").stream().map(CaseDocuments::toCase).toList(); //$NON-NLS-1$
    }

    @Override
    protected int reserveSequence(int year) throws CaseStoreException {
        String id = "counter-" + year; //$NON-NLS-1$
        for (int attempt = 0; attempt < COUNTER_ATTEMPTS; attempt++) {
            GetResponse<Map<String, Object>> counter = call(c -> c.get(g -> g.index(indices.meta()).id(id), DOCUMENT));
            long next = counter.found() ? ((Number) counter.source().get("next")).longValue() + 1 : 1; //$NON-NLS-1$
            Map<String, Object> document = Map.of("kind", "counter", "next", next); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            boolean taken = counter.found()
                    ? conditional(c -> c.index(i -> i.index(indices.meta()).id(id).document(document)
                            .ifSeqNo(counter.seqNo()).ifPrimaryTerm(counter.primaryTerm())))
                    : conditional(c -> c.create(i -> i.index(indices.meta()).id(id).document(document)));
            if (taken) {
                return (int) next;
            }
        }
        throw new CaseStoreException(info().id(), NLS.bind(Messages.Cases_counterBusy, info().name()), null);
    }

    @Override
    protected void write(List<CaseWrite> writes) throws CaseStoreException, StaleCaseException {
        List<GetResponse<Map<String, Object>>> saved = new ArrayList<>();
        for (CaseWrite write : writes) {
            saved.add(write.creates() ? null : current(write));
        }
        List<Map<String, Object>> flushed = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            try {
                flushed.addAll(save(writes.get(i), saved.get(i)));
            } catch (StaleCaseException | CaseStoreException e) {
                if (i == 0) {
                    throw e;
                }
                throw new CaseStoreException(info().id(), NLS.bind(Messages.Cases_halfMerged, new Object[] {
                        writes.get(0).saved().number(), writes.get(i).saved().number(), e.getMessage() }), e);
            }
        }
        copyAudit(flushed);
    }

    @Override
    protected List<AuditEntry> readAudit(List<CaseNumber> numbers) throws CaseStoreException {
        Map<String, AuditEntry> byId = new LinkedHashMap<>();
        for (Map<String, Object> document : searchAll(indices.audit(), numbers, ENTRY_ID)) {
            byId.put((String) document.get(ENTRY_ID), CaseDocuments.toAuditEntry(document));
        }
        for (CaseNumber number : numbers) {
            GetResponse<Map<String, Object>> found = call(c -> c.get(g -> g.index(indices.cases()).id(number.toString()),
                    DOCUMENT));
            if (found.found()) {
                pending(found.source()).forEach(entry -> byId.putIfAbsent((String) entry.get(ENTRY_ID),
                        CaseDocuments.toAuditEntry(entry)));
            }
        }
        return List.copyOf(byId.values());
    }

    @Override
    protected void writeComment(Comment comment) throws CaseStoreException {
        call(c -> c.index(i -> i.index(indices.comments()).id(comment.id()).document(CaseDocuments.toMap(comment))
                .refresh(Refresh.True)));
    }

    @Override
    protected List<Comment> readComments(List<CaseNumber> numbers) throws CaseStoreException {
        return searchAll(indices.comments(), numbers, "id").stream().map(CaseDocuments::toComment).toList(); //$NON-NLS-1$
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> readDocuments(String kind) throws CaseStoreException {
        List<Map<String, Object>> documents = new ArrayList<>();
        call(c -> c.search(s -> s.index(indices.meta()).size(PAGE).query(q -> q.term(t -> t.field("kind").value(kind))) //$NON-NLS-1$
                .sort(o -> o.field(f -> f.field("id"))), DOCUMENT)).hits().hits() //$NON-NLS-1$
                .forEach(hit -> documents.add((Map<String, Object>) hit.source().get("body"))); //$NON-NLS-1$
        return documents;
    }

    @Override
    protected void writeDocument(String kind, String id, Map<String, Object> document) throws CaseStoreException {
        call(c -> c.index(i -> i.index(indices.meta()).id(kind + ":" + id) //$NON-NLS-1$
                .document(Map.of("kind", kind, "id", id, "body", document)).refresh(Refresh.True))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private GetResponse<Map<String, Object>> current(CaseWrite write) throws CaseStoreException, StaleCaseException {
        CaseNumber number = write.saved().number();
        GetResponse<Map<String, Object>> found = call(c -> c.get(g -> g.index(indices.cases()).id(number.toString()),
                DOCUMENT));
        if (!found.found() || CaseDocuments.toCase(found.source()).version() != write.expectedVersion()) {
            throw new StaleCaseException(number);
        }
        return found;
    }

    /** Writes one case with its entries pending; returns the entries to copy, older pending ones first. */
    private List<Map<String, Object>> save(CaseWrite write, GetResponse<Map<String, Object>> before)
            throws CaseStoreException, StaleCaseException {
        List<Map<String, Object>> entries = new ArrayList<>(before == null ? List.of() : pending(before.source()));
        Map<String, Object> document = new LinkedHashMap<>(CaseDocuments.toMap(write.saved()));
        List<Map<String, Object>> mine = new ArrayList<>();
        for (int i = 0; i < write.audit().size(); i++) {
            AuditEntry entry = write.audit().get(i);
            Map<String, Object> pending = new LinkedHashMap<>(CaseDocuments.toMap(entry));
            // Zero-padded, so that the ids sort as the entries were made.
            pending.put(ENTRY_ID, String.format("%s-%09d-%04d", entry.caseNumber(), entry.version(), i)); //$NON-NLS-1$
            mine.add(pending);
        }
        document.put(PENDING, mine);
        String id = write.saved().number().toString();
        boolean written = before == null
                ? conditional(c -> c.create(i -> i.index(indices.cases()).id(id).document(document).refresh(Refresh.True)))
                : conditional(c -> c.index(i -> i.index(indices.cases()).id(id).document(document).refresh(Refresh.True)
                        .ifSeqNo(before.seqNo()).ifPrimaryTerm(before.primaryTerm())));
        if (!written) {
            throw new StaleCaseException(write.saved().number());
        }
        entries.addAll(mine);
        return entries;
    }

    private void copyAudit(List<Map<String, Object>> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = entries.stream().map(entry -> BulkOperation.of(b -> b.index(i -> i
                .index(indices.audit()).id((String) entry.get(ENTRY_ID)).document(entry)))).toList();
        try {
            var response = call(c -> c.bulk(b -> b.operations(operations).refresh(Refresh.True)));
            if (response.errors()) {
                LOG.log(Level.WARNING, NLS.bind(Messages.Cases_auditPending, info().name(), response.items().stream()
                        .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse(""))); //$NON-NLS-1$
            }
        } catch (CaseStoreException e) {
            // The entries stay in the case documents: reads find them there, the next save copies them.
            LOG.log(Level.WARNING, NLS.bind(Messages.Cases_auditPending, info().name(), e.getMessage()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pending(Map<String, Object> document) {
        Object pending = document.get(PENDING);
        return pending instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** Every document of an index, of some cases only when numbers are given. */
    private List<Map<String, Object>> searchAll(String index, List<CaseNumber> numbers, String uniqueField)
            throws CaseStoreException {
        Query query = numbers == null ? null : Query.of(q -> q.terms(t -> t
                .field(index.equals(indices.cases()) ? "number" : "caseNumber") //$NON-NLS-1$ //$NON-NLS-2$
                .terms(v -> v.value(numbers.stream().map(n -> FieldValue.of(n.toString())).toList()))));
        try {
            return team.searchAll(index, query, uniqueField).stream().map(Hit::source).toList();
        } catch (ConnectionFailedException e) {
            throw failure(e);
        }
    }

    /** Runs a write that Elasticsearch refuses with 409 when the document moved on; returns whether it was written. */
    private boolean conditional(Call<?> work) throws CaseStoreException {
        try {
            return team.conditional(work);
        } catch (ConnectionFailedException e) {
            throw failure(e);
        }
    }

    /** Every call creates the indices first if they are missing, reads included: a read then finds them empty. */
    private <T> T call(Call<T> work) throws CaseStoreException {
        try {
            return team.write(work);
        } catch (ConnectionFailedException e) {
            throw failure(e);
        }
    }

    private CaseStoreException failure(ConnectionFailedException e) {
        return new CaseStoreException(info().id(), NLS.bind(Messages.Cases_failed,
                new Object[] { info().name(), info().location(), e.getMessage() }), e);
    }
}
