package org.vigil.local.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cases.Case;
import org.vigil.cases.CaseDraft;
import org.vigil.cases.CaseException;
import org.vigil.cases.CaseStore;
import org.vigil.cases.CaseStoreException;
import org.vigil.cases.StoreInfo;
import org.vigil.cases.testing.CaseStoreContract;

/** The case store contract on H2, plus what only a database file can show: transactions and a dead file. */
class H2CaseStoreTest extends CaseStoreContract {

    @TempDir
    Path directory;

    private String url;

    @Override
    protected CaseStore openStore() {
        url = "jdbc:h2:file:" + directory.resolve("cases-" + UUID.randomUUID()) + ";DB_CLOSE_DELAY=1";
        return open("analyst-a", url);
    }

    @Override
    protected CaseStore openSecondClient() {
        return open("analyst-b", url);
    }

    @Override
    protected void closeStores() {
        // Every operation closes its connection; H2 closes the file a second after the last one.
    }

    private Connection sql() throws java.sql.SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        return source.getConnection();
    }

    private H2CaseStore open(String user, String jdbcUrl) {
        return new H2CaseStore(new StoreInfo("local", "Embedded test store", "h2", jdbcUrl), user,
                Clock.systemDefaultZone(), jdbcUrl);
    }

    @Test
    void aFailedAuditWriteLeavesTheCaseAsItWas() throws Exception {
        Case c = store.create(CaseDraft.create("Scan"));
        try (Connection sql = sql(); Statement ddl = sql.createStatement()) {
            // The audit table now refuses title changes, as a full disk or a crash would refuse them.
            ddl.execute("ALTER TABLE case_audit ADD CONSTRAINT no_titles CHECK (field <> 'title')");
        }

        assertThrows(CaseStoreException.class, () -> store.update(c.edit().title("Scan of the portal").build()));

        assertEquals(c, store.get(c.number().toString()));
        assertEquals(1, store.audit(c.number().toString()).size());
    }

    @Test
    void aStoreThatCannotBeOpenedIsNamedWithItsLocation() throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("plain-file"), "x");
        String badUrl = "jdbc:h2:file:" + notADirectory.resolve("cases");
        H2CaseStore dead = open("analyst-a", badUrl);

        CaseException e = assertThrows(CaseStoreException.class, () -> dead.create(CaseDraft.create("Scan")));

        assertTrue(e.getMessage().contains("Embedded test store") && e.getMessage().contains(badUrl), e.getMessage());
    }

    @Test
    void numbersAreNotReusedAfterAFailedCreate() throws Exception {
        store.create(CaseDraft.create("first"));
        try (Connection sql = sql(); Statement ddl = sql.createStatement()) {
            ddl.execute("ALTER TABLE case_audit ADD CONSTRAINT no_creation CHECK (new_value <> 'lost')");
        }
        assertThrows(CaseStoreException.class, () -> store.create(CaseDraft.create("lost")));
        try (Connection sql = sql(); Statement ddl = sql.createStatement()) {
            ddl.execute("ALTER TABLE case_audit DROP CONSTRAINT no_creation");
        }

        assertEquals(3, store.create(CaseDraft.create("third")).number().sequence());
    }
}
