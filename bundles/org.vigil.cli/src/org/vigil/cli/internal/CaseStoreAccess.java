package org.vigil.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.StoreInfo;

/** Reaches a case store from a command, waiting for the framework to publish the store registry. */
final class CaseStoreAccess implements AutoCloseable {

    private final ServiceTracker<CaseStores, CaseStores> tracker;

    CaseStoreAccess(BundleContext context) {
        tracker = new ServiceTracker<>(context, CaseStores.class, null);
        tracker.open();
    }

    /**
     * @param id a store id: {@code local} or a configured Elasticsearch source
     * @return the store
     * @throws CliException naming the stores there are when none has the id
     */
    CaseStore store(String id) throws CliException {
        CaseStores stores = await();
        return stores.find(id).orElseThrow(() -> CliException.failure(NLS.bind(Messages.Cases_unknownStore, id,
                stores.stores().stream().map(CaseStore::info).map(StoreInfo::id).toList())));
    }

    private CaseStores await() throws CliException {
        return ServiceWait.await(tracker, NLS.bind(Messages.Cases_noStores, ServiceWait.SECONDS));
    }

    @Override
    public void close() {
        tracker.close();
    }
}
