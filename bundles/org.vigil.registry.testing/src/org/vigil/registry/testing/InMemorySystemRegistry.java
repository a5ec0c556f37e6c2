package org.vigil.registry.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

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

/**
 * A registry in memory, for tests of code that uses one (CSV import, compliance, views). It
 * passes the contract suite, so what works on it works on the real stores. A write works on
 * copies that replace the state only when the whole write succeeded.
 */
public final class InMemorySystemRegistry implements SystemRegistry {

    private Map<String, Agency> agencies = new LinkedHashMap<>();
    private Map<String, InformationSystem> systems = new LinkedHashMap<>();
    private final TreeMap<java.time.LocalDate, ComplianceSnapshot> snapshots = new TreeMap<>();
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();
    private String rules;

    /** @param text the rules document to answer with, or null for none */
    public synchronized void setRulesDocument(String text) {
        rules = text;
    }

    @Override
    public String location() {
        return "memory"; //$NON-NLS-1$
    }

    @Override
    public synchronized List<Agency> agencies() {
        return AgencyTree.of(agencies.values()).depthFirst();
    }


    @Override
    public void deleteAgency(String id) throws RegistryException {
        synchronized (this) {
            if (!agencies.containsKey(id)) {
                throw RegistryException.notFound(id);
            }
            boolean used = systems.values().stream().anyMatch(system -> system.agencyId().equals(id))
                    || agencies.values().stream().anyMatch(agency -> id.equals(agency.parentId()));
            if (used) {
                throw RegistryException.inUse(id);
            }
            agencies.remove(id);
        }
        notify(new RegistryChange(Set.of(), Set.of(id)));
    }

    @Override
    public synchronized List<InformationSystem> systems(SystemFilter filter) {
        return filter.apply(systems.values(), AgencyTree.of(agencies.values()));
    }

    @Override
    public synchronized Optional<InformationSystem> system(String id) {
        return Optional.ofNullable(systems.get(id));
    }


    @Override
    public List<SavedSystem> saveAll(List<Agency> newAgencies, List<InformationSystem> newSystems)
            throws RegistryException {
        List<SavedSystem> saved = new ArrayList<>();
        synchronized (this) {
            Map<String, Agency> nextAgencies = new LinkedHashMap<>(agencies);
            for (Agency agency : newAgencies) {
                refuseErrors(new RegistryValidator(nextAgencies.values(), AssetClaims.NONE).validate(agency));
                nextAgencies.put(agency.id(), agency);
            }
            Map<String, InformationSystem> nextSystems = new LinkedHashMap<>(systems);
            for (InformationSystem system : newSystems) {
                List<Problem> problems = new RegistryValidator(nextAgencies.values(),
                        AssetClaims.of(nextSystems.values())).validate(system);
                refuseErrors(problems);
                checkVersion(nextSystems, system.id(), system.version());
                InformationSystem stored = system.toBuilder().version(system.version() + 1).build();
                nextSystems.put(system.id(), stored);
                saved.add(new SavedSystem(stored, problems));
            }
            agencies = nextAgencies;
            systems = nextSystems;
        }
        notify(RegistryChange.of(newAgencies, newSystems));
        return saved;
    }

    @Override
    public void delete(String id, long version) throws RegistryException {
        synchronized (this) {
            if (!systems.containsKey(id)) {
                throw RegistryException.notFound(id);
            }
            checkVersion(systems, id, version);
            systems.remove(id);
        }
        notify(new RegistryChange(Set.of(id), Set.of()));
    }

    @Override
    public synchronized Optional<String> rulesDocument() {
        return Optional.ofNullable(rules);
    }

    @Override
    public synchronized void saveSnapshot(ComplianceSnapshot snapshot) {
        snapshots.put(snapshot.day(), snapshot);
    }

    @Override
    public synchronized List<ComplianceSnapshot> snapshots() {
        return List.copyOf(snapshots.values());
    }

    @Override
    public void addListener(RegistryListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(RegistryListener listener) {
        listeners.remove(listener);
    }

    private void notify(RegistryChange change) {
        listeners.forEach(listener -> listener.registryChanged(change));
    }

    private static void refuseErrors(List<Problem> problems) throws RegistryException {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw RegistryException.invalid(problems);
        }
    }

    private static void checkVersion(Map<String, InformationSystem> systems, String id, long version)
            throws RegistryException {
        InformationSystem stored = systems.get(id);
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != version) {
            throw stored == null ? RegistryException.notFound(id)
                    : RegistryException.conflict(id, version, storedVersion);
        }
    }
}
