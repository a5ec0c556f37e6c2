package org.vigil.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStores;
import org.vigil.cases.StoreInfo;

/** Reaches a case store from a command, waiting for the framework to publish the store registry. */
final class CaseStoreAccess implements AutoCloseable {

    private static final long WAIT_SECONDS = 20;

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
        try {
            CaseStores stores = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (stores == null) {
                throw CliException.failure(NLS.bind(Messages.Cases_noStores, WAIT_SECONDS));
            }
            return stores;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure(Messages.Cli_interrupted);
        }
    }

    @Override
    public void close() {
        tracker.close();
    }
}
