package org.vigil.elasticsearch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseStore;
import org.vigil.cases.Severity;
import org.vigil.cases.StoreInfo;
import org.vigil.cases.testing.CaseStoreContract;
import org.vigil.elasticsearch.ConnectionProfile;
import org.vigil.elasticsearch.ElasticsearchConnection;
import org.vigil.elasticsearch.ElasticsearchConnector;
import org.vigil.elasticsearch.internal.cases.ElasticsearchCaseStore;

/**
 * The case store contract on the real node without security: each test on throw-away indices
 * the store creates on first use, the second client on a connection of its own.
 */
class ElasticsearchCaseStoreTest extends CaseStoreContract {

    private static ElasticsearchConnector connector;

    private final List<ElasticsearchConnection> connections = new ArrayList<>();
    private String prefix;

    @BeforeAll
    static void findConnector() throws Exception {
        connector = EsNodes.connector();
    }

    @Override
    protected CaseStore openStore() throws Exception {
        prefix = "vigil-it-cases-" + UUID.randomUUID().toString().substring(0, 8);
        return open(EsNodes.plain(), "analyst-a");
    }

    @Override
    protected CaseStore openSecondClient() throws Exception {
        return open(EsNodes.plain(), "analyst-b");
    }

    @Override
    protected void closeStores() throws Exception {
        if (!connections.isEmpty()) {
            List<String> indices = List.of(ElasticsearchCaseStore.indexNames(prefix).replace(" ", "").split(","));
            connections.get(0).call(c -> c.indices().delete(d -> d.index(indices).ignoreUnavailable(true)));
        }
        connections.forEach(ElasticsearchConnection::close);
    }

    @Test
    void auditEntriesThatCannotBeCopiedStayWithTheCaseUntilItsNextSave() throws Exception {
        Case created = store.create(CaseDraft.create("Scan"));
        blockWrites(prefix + "-audit", true);
        Case renamed = store.update(created.edit().title("Scan of the portal").build());

        assertEquals(List.of("created", "title"), fields(store.audit(renamed.number().toString())));

        blockWrites(prefix + "-audit", false);
        store.update(renamed.edit().severity(Severity.HIGH).build());
        connections.get(0).call(c -> c.indices().refresh(r -> r.index(prefix + "-audit")));
        long copied = connections.get(0).call(c -> c.count(n -> n.index(prefix + "-audit"))).count();
        assertEquals(3, copied);
        assertEquals(List.of("created", "title", "severity"), fields(store.audit(renamed.number().toString())));
    }

    private void blockWrites(String index, boolean blocked) throws Exception {
        connections.get(0).call(c -> c.indices().putSettings(p -> p.index(index)
                .settings(s -> s.blocks(b -> b.write(blocked)))));
    }

    private static List<String> fields(List<AuditEntry> audit) {
        return audit.stream().map(AuditEntry::field).toList();
    }

    private CaseStore open(ConnectionProfile profile, String user) throws Exception {
        ElasticsearchConnection connection = connector.open(profile);
        connections.add(connection);
        return new ElasticsearchCaseStore(new StoreInfo("it-plain", "Team cases (test)", "elasticsearch",
                profile.location()), user, Clock.systemDefaultZone(), connection, prefix);
    }
}
