package org.vigil.cases.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;

/**
 * Tracks every published {@link CaseStore} through a dynamic, multiple reference: a source
 * configured while Vigil runs brings its store at once, a removed one takes it away.
 */
@Component(service = CaseStores.class)
public final class CaseStoresComponent implements CaseStores {

    private record Present(CaseStore store, int ranking) {
    }

    private static final Comparator<Present> PREFERRED_FIRST = Comparator.comparingInt(Present::ranking).reversed()
            .thenComparing(present -> present.store().info().id());

    private final Map<ServiceReference<CaseStore>, Present> present = new ConcurrentHashMap<>();

    @Reference(service = CaseStore.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(ServiceReference<CaseStore> reference, CaseStore store) {
        int ranking = reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer value ? value : 0;
        present.put(reference, new Present(store, ranking));
    }

    void removeStore(ServiceReference<CaseStore> reference) {
        present.remove(reference);
    }

    @Override
    public List<CaseStore> stores() {
        return present.values().stream().sorted(PREFERRED_FIRST).map(Present::store).toList();
    }

    @Override
    public Optional<CaseStore> find(String id) {
        return present.values().stream().filter(p -> p.store().info().id().equals(id)).sorted(PREFERRED_FIRST)
                .map(Present::store).findFirst();
    }
}
