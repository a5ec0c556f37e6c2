package org.vigil.elasticsearch.tests;

import org.junit.jupiter.api.Nested;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.registry.SystemRegistry;
import org.vigil.registry.testing.SystemRegistryContract;

/**
 * The registry contract on the team store, on both real nodes: without security, and with TLS
 * and basic authentication. Each test on throw-away indices the store creates on its first write;
 * the second client on a connection of its own.
 */
class ElasticsearchSystemRegistryTest {

    /** The contract on one node; closing the registries deletes their indices. */
    abstract static class OnNode extends SystemRegistryContract {

        private TeamRegistries registries;

        abstract ConnectionProfile admin();

        @Override
        protected SystemRegistry createEmpty() throws Exception {
            registries = new TeamRegistries(admin());
            return registries.open();
        }

        @Override
        protected SystemRegistry openSecondClient() throws Exception {
            return registries.open();
        }

        @Override
        protected void dispose(SystemRegistry used) throws Exception {
            if (registries != null) {
                registries.close();
            }
        }
    }

    @Nested
    class PlainNode extends OnNode {

        @Override
        ConnectionProfile admin() {
            return EsNodes.plain();
        }
    }

    @Nested
    class SecureNode extends OnNode {

        @Override
        ConnectionProfile admin() {
            return EsNodes.secure().admin();
        }
    }
}
