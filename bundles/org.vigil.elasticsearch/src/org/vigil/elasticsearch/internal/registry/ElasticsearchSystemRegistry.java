package org.vigil.elasticsearch.internal.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.vigil.elasticsearch.ConnectionFailedException;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnection.Call;
import org.vigil.elasticsearch.internal.Messages;
import org.vigil.elasticsearch.internal.TeamIndices;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.AssetClaims;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Problem;
import org.vigil.registry.RegistryChange;
import org.vigil.registry.RegistryException;
import org.vigil.registry.RegistryListener;
import org.vigil.registry.RegistryValidator;
import org.vigil.registry.SavedSystem;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * A team's registry of information systems in Elasticsearch ({@link RegistryIndices}). A
 * province has hundreds of systems, so every call reads the whole registry and filters it with
 * {@link SystemFilter#apply}, as the other stores do; writes refresh the indices at once, so that
 * the next read sees them.
 *
 * <p>Elasticsearch has no transaction across documents. A write is checked whole against the
 * registry as read (the rules, each system's version) before anything is sent, then sent as one
 * bulk request in which each system is written only if its document is still the one read
 * ({@code if_seq_no}/{@code if_primary_term}; a new one only if its id is still free). If an item
 * fails all the same (another client saved in between, an index refused the write), the items
 * that were written are put back as they were read ({@link RegistryBatch}), and the write fails:
 * nothing of it stays.
 */
public final class ElasticsearchSystemRegistry implements SystemRegistry {

    /**
     * A document as read, with what a conditional write of it needs.
     *
     * @param value what the document holds
     * @param seqNo its sequence number
     * @param primaryTerm its primary term
     */
    record Stored<T>(T value, long seqNo, long primaryTerm) {
    }

    private final String name;
    private final RegistryIndices indices;
    private final TeamIndices team;
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param name the registry's name for people, e.g. the source's name
     * @param connection the connection to call through; its owner closes it
     * @param prefix the start of the index names
     */
    public ElasticsearchSystemRegistry(String name, ElasticsearchConnection connection, String prefix) {
        this.name = name;
        this.indices = RegistryIndices.withPrefix(prefix);
        this.team = new TeamIndices(connection, indices.mappings());
    }

    /**
     * @param prefix the start of the index names
     * @return the indices the registry uses, as shown to the operator
     */
    public static String indexNames(String prefix) {
        return RegistryIndices.withPrefix(prefix).names();
    }

    /** @return the index-name prefix of a team's registry */
    public static String defaultPrefix() {
        return RegistryIndices.DEFAULT_PREFIX;
    }

    @Override
    public String location() {
        return name + ": " + team.connection().profile().location() + " (" + indices.names() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public List<Agency> agencies() throws RegistryException {
        return AgencyTree.of(values(readAgencies())).depthFirst();
    }

    @Override
    public List<InformationSystem> systems(SystemFilter filter) throws RegistryException {
        return filter.apply(values(readSystems(null)), AgencyTree.of(values(readAgencies())));
    }

    @Override
    public Optional<InformationSystem> system(String id) throws RegistryException {
        return readSystems(id).values().stream().map(Stored::value).findFirst();
    }

    @Override
    public List<SavedSystem> saveAll(List<Agency> agencies, List<InformationSystem> systems) throws RegistryException {
        List<SavedSystem> saved = new ArrayList<>();
        synchronized (this) {
            Map<String, Stored<Agency>> storedAgencies = readAgencies();
            Map<String, Stored<InformationSystem>> storedSystems = readSystems(null);
            Map<String, Agency> nextAgencies = new LinkedHashMap<>();
            storedAgencies.forEach((id, stored) -> nextAgencies.put(id, stored.value()));
            for (Agency agency : agencies) {
                refuseErrors(new RegistryValidator(nextAgencies.values(), AssetClaims.NONE).validate(agency));
                nextAgencies.put(agency.id(), agency);
            }
            Map<String, InformationSystem> nextSystems = new LinkedHashMap<>();
            storedSystems.forEach((id, stored) -> nextSystems.put(id, stored.value()));
            for (InformationSystem system : systems) {
                List<Problem> problems = new RegistryValidator(nextAgencies.values(),
                        AssetClaims.of(nextSystems.values())).validate(system);
                refuseErrors(problems);
                checkVersion(nextSystems.get(system.id()), system.id(), system.version());
                InformationSystem next = system.toBuilder().version(system.version() + 1).build();
                nextSystems.put(system.id(), next);
                saved.add(new SavedSystem(next, problems));
            }
            RegistryBatch batch = new RegistryBatch(indices, storedAgencies, storedSystems);
            agencies.forEach(agency -> batch.agency(nextAgencies.get(agency.id())));
            systems.forEach(system -> batch.system(nextSystems.get(system.id())));
            batch.run(this);
        }
        notify(RegistryChange.of(agencies, systems));
        return saved;
    }

    @Override
    public void deleteAgency(String id) throws RegistryException {
        synchronized (this) {
            Map<String, Stored<Agency>> agencies = readAgencies();
            if (!agencies.containsKey(id)) {
                throw RegistryException.notFound(id);
            }
            boolean used = values(readSystems(null)).stream().anyMatch(system -> system.agencyId().equals(id))
                    || values(agencies).stream().anyMatch(agency -> id.equals(agency.parentId()));
            if (used) {
                throw RegistryException.inUse(id);
            }
            write(c -> c.delete(d -> d.index(indices.agencies()).id(id).refresh(Refresh.True)));
        }
        notify(new RegistryChange(Set.of(), Set.of(id)));
    }

    @Override
    public void delete(String id, long version) throws RegistryException {
        synchronized (this) {
            Stored<InformationSystem> stored = readSystems(id).get(id);
            if (stored == null) {
                throw RegistryException.notFound(id);
            }
            checkVersion(stored.value(), id, version);
            if (!conditional(c -> c.delete(d -> d.index(indices.systems()).id(id).ifSeqNo(stored.seqNo())
                    .ifPrimaryTerm(stored.primaryTerm()).refresh(Refresh.True)))) {
                throw conflict(id, version);
            }
        }
        notify(new RegistryChange(Set.of(id), Set.of()));
    }

    /** A team registry has no rules file of its own yet: the shipped rules apply ({@code --rules} tries others). */
    @Override
    public Optional<String> rulesDocument() {
        return Optional.empty();
    }

    @Override
    public void saveSnapshot(ComplianceSnapshot snapshot) throws RegistryException {
        write(c -> c.index(i -> i.index(indices.history()).id(snapshot.day().toString())
                .document(RegistryDocuments.toMap(snapshot)).refresh(Refresh.True)));
    }

    @Override
    public List<ComplianceSnapshot> snapshots() throws RegistryException {
        try {
            return team.searchAll(indices.history(), null, "day").stream() //$NON-NLS-1$
                    .map(hit -> RegistryDocuments.toSnapshot(hit.source())).toList();
        } catch (ConnectionFailedException e) {
            throw failure(e, false);
        }
    }

    @Override
    public void addListener(RegistryListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(RegistryListener listener) {
        listeners.remove(listener);
    }

    /** Outside the lock: a listener may read the registry from another thread and wait for it. */
    private void notify(RegistryChange change) {
        listeners.forEach(listener -> listener.registryChanged(change));
    }

    /**
     * @param id a system whose write Elasticsearch refused with 409
     * @param version the version the caller had
     * @return the conflict, with the version stored now (0 when it was deleted meanwhile)
     */
    RegistryException conflict(String id, long version) throws RegistryException {
        Stored<InformationSystem> now = readSystems(id).get(id);
        return RegistryException.conflict(id, version, now == null ? 0 : now.value().version());
    }

    /**
     * @param error why Elasticsearch did not write a document
     * @return the failure naming the registry, a refusal of the user's privileges as such
     */
    RegistryException refused(ErrorCause error) {
        String reason = error.type() + ": " + error.reason(); //$NON-NLS-1$
        String message = isPrivilege(error) ? NLS.bind(Messages.Registry_readOnly, new Object[] { location(), user(), reason })
                : NLS.bind(Messages.Registry_failed, location(), reason);
        return new RegistryException(RegistryException.Kind.STORAGE, message, null);
    }

    /** @return what the work returned; creates the indices first if they are missing */
    <T> T write(Call<T> work) throws RegistryException {
        try {
            return team.write(work);
        } catch (ConnectionFailedException e) {
            throw failure(e, true);
        }
    }

    private boolean conditional(Call<?> work) throws RegistryException {
        try {
            return team.conditional(work);
        } catch (ConnectionFailedException e) {
            throw failure(e, true);
        }
    }

    private Map<String, Stored<Agency>> readAgencies() throws RegistryException {
        Map<String, Stored<Agency>> agencies = new LinkedHashMap<>();
        for (Hit<Map<String, Object>> hit : search(indices.agencies(), null)) {
            agencies.put(hit.id(), stored(RegistryDocuments.toAgency(hit.source()), hit));
        }
        return agencies;
    }

    /** @param id one system, or null for all */
    private Map<String, Stored<InformationSystem>> readSystems(String id) throws RegistryException {
        Query query = id == null ? null : Query.of(q -> q.ids(i -> i.values(id)));
        Map<String, Stored<InformationSystem>> systems = new LinkedHashMap<>();
        for (Hit<Map<String, Object>> hit : search(indices.systems(), query)) {
            systems.put(hit.id(), stored(RegistryDocuments.toSystem(hit.source()), hit));
        }
        return systems;
    }

    private List<Hit<Map<String, Object>>> search(String index, Query query) throws RegistryException {
        try {
            return team.searchAll(index, query, "id"); //$NON-NLS-1$
        } catch (ConnectionFailedException e) {
            throw failure(e, false);
        }
    }

    private String user() {
        var profile = team.connection().profile();
        return profile.hasCredentials() ? profile.username() : "-"; //$NON-NLS-1$
    }

    /** A write block on an index is refused with 403 too, but it is not the user's doing. */
    private static boolean isPrivilege(ErrorCause error) {
        return error != null && "security_exception".equals(error.type()); //$NON-NLS-1$
    }

    private RegistryException failure(ConnectionFailedException e, boolean writing) {
        String message = writing && e.getCause() instanceof ElasticsearchException refusal && isPrivilege(refusal.error())
                ? NLS.bind(Messages.Registry_readOnly, new Object[] { location(), user(), e.getMessage() })
                : NLS.bind(Messages.Registry_failed, location(), e.getMessage());
        return new RegistryException(RegistryException.Kind.STORAGE, message, e);
    }

    private static <T> Stored<T> stored(T value, Hit<?> hit) {
        return new Stored<>(value, hit.seqNo(), hit.primaryTerm());
    }

    private static <T> List<T> values(Map<String, Stored<T>> stored) {
        return stored.values().stream().map(Stored::value).toList();
    }

    private static void refuseErrors(List<Problem> problems) throws RegistryException {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw RegistryException.invalid(problems);
        }
    }

    private static void checkVersion(InformationSystem stored, String id, long version) throws RegistryException {
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != version) {
            throw stored == null ? RegistryException.notFound(id) : RegistryException.conflict(id, version, storedVersion);
        }
    }
}
