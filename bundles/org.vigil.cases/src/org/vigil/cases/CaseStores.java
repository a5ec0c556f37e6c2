package org.vigil.cases;

import java.util.List;
import java.util.Optional;

/**
 * The case stores present now, as a service: the embedded one and one per configured
 * Elasticsearch source. Stores come and go with their bundles and sources.
 */
public interface CaseStores {

    /** The id of the embedded store of the workstation. */
    String LOCAL = "local"; //$NON-NLS-1$

    /** @return the stores, highest ranking (the embedded one) first, then by id */
    List<CaseStore> stores();

    /**
     * @param id a store id
     * @return the store with that id, if present
     */
    Optional<CaseStore> find(String id);
}
