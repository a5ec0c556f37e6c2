package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseStoreException;
import org.vigil.cases.StoreInfo;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;
import org.vigil.elasticsearch.internal.cases.ElasticsearchCaseStore;

/** A case store whose cluster is down, or refuses the user, says so naming the store and the cause. */
class CaseStoreFailuresTest {

    private static ElasticsearchConnector connector;

    @BeforeAll
    static void findConnector() throws Exception {
        connector = EsNodes.connector();
    }

    @Test
    void aDeadClusterIsNamedWithTheStoreAndItsAddress() throws Exception {
        String url = "http://127.0.0.1:" + EsNodes.closedPort();
        try (ElasticsearchConnection connection = connector.open(ConnectionProfile.of("dead", URI.create(url)))) {
            ElasticsearchCaseStore store = store(connection, "Team cases (down)");

            CaseStoreException e = assertThrows(CaseStoreException.class, () -> store.create(CaseDraft.create("Scan")));

            assertEquals("dead", e.storeId());
            assertTrue(e.getMessage().contains("Team cases (down)") && e.getMessage().contains(url), e.getMessage());
        }
    }

    @Test
    void aReadOnlyUserIsRefusedWithThePrivilegeNamedAndNothingWritten() throws Exception {
        EsNodes.Secure secure = EsNodes.secure();
        try (ElasticsearchConnection reader = connector.open(secure.reader())) {
            ElasticsearchCaseStore store = store(reader, "Team cases (reader)");

            CaseStoreException e = assertThrows(CaseStoreException.class, () -> store.create(CaseDraft.create("Scan")));

            assertTrue(e.getMessage().contains("Team cases (reader)") && e.getMessage().contains(secure.reader().username()),
                    e.getMessage());
        }
    }

    private static ElasticsearchCaseStore store(ElasticsearchConnection connection, String name) {
        String prefix = "vigil-it-cases-" + UUID.randomUUID().toString().substring(0, 8);
        return new ElasticsearchCaseStore(new StoreInfo("dead", name, "elasticsearch", connection.profile().location()),
                "analyst", Clock.systemDefaultZone(), connection, prefix);
    }
}
