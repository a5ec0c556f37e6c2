package org.vigil.elasticsearch.internal.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.internal.registry.ElasticsearchSystemRegistry.Stored;
import org.vigil.registry.Agency;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.RegistryException;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * The documents of one {@code saveAll}, written as one bulk request, and taken back when part of
 * it failed: each written document is put back as it was read (or deleted if it was new), on
 * condition that nobody wrote it since.
 */
final class RegistryBatch {

    /**
     * One document to write.
     *
     * @param index its index
     * @param id its id
     * @param document what to write
     * @param before what was read, or null if it did not exist
     * @param conditional whether it is written only if still as read (systems); agencies are replaced
     * @param version for a system, the version the caller had, named in a conflict
     */
    private record Item(String index, String id, Map<String, Object> document, Stored<Map<String, Object>> before,
            boolean conditional, long version) {

        BulkOperation write() {
            if (!conditional) {
                return BulkOperation.of(b -> b.index(i -> i.index(index).id(id).document(document)));
            }
            return before == null ? BulkOperation.of(b -> b.create(c -> c.index(index).id(id).document(document)))
                    : BulkOperation.of(b -> b.index(i -> i.index(index).id(id).document(document)
                            .ifSeqNo(before.seqNo()).ifPrimaryTerm(before.primaryTerm())));
        }

        BulkOperation undo(BulkResponseItem written) {
            long seqNo = written.seqNo();
            long term = written.primaryTerm();
            return before == null
                    ? BulkOperation.of(b -> b.delete(d -> d.index(index).id(id).ifSeqNo(seqNo).ifPrimaryTerm(term)))
                    : BulkOperation.of(b -> b.index(i -> i.index(index).id(id).document(before.value()).ifSeqNo(seqNo)
                            .ifPrimaryTerm(term)));
        }
    }

    private final RegistryIndices indices;
    private final Map<String, Stored<Agency>> agencies;
    private final Map<String, Stored<InformationSystem>> systems;
    /** By index and id: a system saved twice in one batch is written once, as last given, on the first one's condition. */
    private final Map<String, Item> items = new LinkedHashMap<>();

    /**
     * @param indices the registry's indices
     * @param agencies the agencies as read before the batch was checked
     * @param systems the systems as read before the batch was checked
     */
    RegistryBatch(RegistryIndices indices, Map<String, Stored<Agency>> agencies,
            Map<String, Stored<InformationSystem>> systems) {
        this.indices = indices;
        this.agencies = agencies;
        this.systems = systems;
    }

    /** @param agency an agency to add or replace */
    void agency(Agency agency) {
        Stored<Agency> before = agencies.get(agency.id());
        add(new Item(indices.agencies(), agency.id(), RegistryDocuments.toMap(agency),
                before == null ? null : document(before, RegistryDocuments.toMap(before.value())), false, 0));
    }

    /** @param system a system with its new version, to write if its document is still as read */
    void system(InformationSystem system) {
        Stored<InformationSystem> before = systems.get(system.id());
        add(new Item(indices.systems(), system.id(), RegistryDocuments.toMap(system),
                before == null ? null : document(before, RegistryDocuments.toMap(before.value())), true,
                system.version() - 1));
    }

    /**
     * Writes the batch.
     *
     * @param registry the registry to write through
     * @throws RegistryException {@code CONFLICT} if a system changed since it was read, {@code STORAGE}
     *             if Elasticsearch refused an item or could not be reached; nothing of the batch stays
     */
    void run(ElasticsearchSystemRegistry registry) throws RegistryException {
        if (items.isEmpty()) {
            return;
        }
        List<Item> sent = List.copyOf(items.values());
        BulkResponse response = registry.write(c -> c.bulk(b -> b.refresh(Refresh.True)
                .operations(sent.stream().map(Item::write).toList())));
        if (!response.errors()) {
            return;
        }
        List<BulkOperation> undo = new ArrayList<>();
        Item failed = null;
        BulkResponseItem failure = null;
        for (int i = 0; i < sent.size(); i++) {
            BulkResponseItem result = response.items().get(i);
            if (result.error() == null) {
                undo.add(sent.get(i).undo(result));
            } else if (failed == null) {
                failed = sent.get(i);
                failure = result;
            }
        }
        takeBack(registry, undo);
        throw failure.status() == 409 && failed.conditional() ? registry.conflict(failed.id(), failed.version())
                : registry.refused(failure.error());
    }

    private static void takeBack(ElasticsearchSystemRegistry registry, List<BulkOperation> undo)
            throws RegistryException {
        if (undo.isEmpty()) {
            return;
        }
        BulkResponse response = registry.write(c -> c.bulk(b -> b.refresh(Refresh.True).operations(undo)));
        if (response.errors()) {
            String ids = response.items().stream().filter(item -> item.error() != null)
                    .map(item -> item.index() + "/" + item.id()).toList().toString(); //$NON-NLS-1$
            throw new RegistryException(RegistryException.Kind.STORAGE,
                    NLS.bind(Messages.Registry_notTakenBack, registry.location(), ids), null);
        }
    }

    private void add(Item item) {
        items.merge(item.index() + "/" + item.id(), item, (first, last) -> new Item(first.index(), first.id(), //$NON-NLS-1$
                last.document(), first.before(), first.conditional(), first.version()));
    }

    private static Stored<Map<String, Object>> document(Stored<?> stored, Map<String, Object> document) {
        return new Stored<>(document, stored.seqNo(), stored.primaryTerm());
    }
}
