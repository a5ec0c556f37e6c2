package org.vigil.registry.tests;

import org.vigil.registry.SystemRegistry;
import org.vigil.registry.testing.InMemorySystemRegistry;
import org.vigil.registry.testing.SystemRegistryContract;

/** The store in memory passes the contract, so tests built on it say something about the real stores. */
class InMemorySystemRegistryTest extends SystemRegistryContract {

    @Override
    protected SystemRegistry createEmpty() {
        return new InMemorySystemRegistry();
    }
}
