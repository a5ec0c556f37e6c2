package org.vigil.local.internal.registry;

import java.nio.file.Files;
import java.nio.file.Path;

import org.vigil.registry.SystemRegistry;
import org.vigil.registry.testing.SystemRegistryContract;

/** The embedded H2 store passes the registry contract, each test on a database of its own. */
class H2SystemRegistryTest extends SystemRegistryContract {

    @Override
    protected SystemRegistry createEmpty() throws Exception {
        return new H2SystemRegistry(Files.createTempDirectory("vigil-registry"));
    }

    @Override
    protected void dispose(SystemRegistry used) {
        ((H2SystemRegistry) used).close();
    }
}
