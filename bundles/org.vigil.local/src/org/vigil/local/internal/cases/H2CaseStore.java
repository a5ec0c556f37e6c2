package org.vigil.local.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.vigil.cases.AuditEntry;
import org.vigil.cases.Case;
import org.vigil.cases.CaseNumber;
import org.vigil.cases.CaseStoreException;
import org.vigil.cases.Comment;
import org.vigil.cases.StoreInfo;
import org.vigil.cases.spi.AbstractCaseStore;
import org.vigil.cases.spi.CaseDocuments;
import org.vigil.cases.spi.CaseWrite;
import org.vigil.cases.spi.StaleCaseException;
import org.vigil.local.internal.Messages;

/**
 * Cases in an H2 database: one row per case with its document as JSON and a version column for
 * optimistic concurrency, audit entries and comments in their own tables, and a counter per
 * year for the numbers. Every write runs in one transaction, so a case never changes without
 * its audit entries.
 *
 * <p>Each operation opens its own connection, and the URL should let H2 close the file shortly
 * after the last one ({@code DB_CLOSE_DELAY}), so that the workbench and {@code vigil-cli} can
 * take turns on the same workspace: H2 locks the file while it is open, and its mixed mode
 * ({@code AUTO_SERVER}) would instead open a network port on an analyst's workstation. A file
 * held by the other program is waited for, up to {@value #LOCK_WAIT_MILLIS} ms.
 */
public class H2CaseStore extends AbstractCaseStore {

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS case_numbers (case_year INT PRIMARY KEY, last_sequence INT NOT NULL)", //$NON-NLS-1$
        "CREATE TABLE IF NOT EXISTS cases (number VARCHAR(32) PRIMARY KEY, version BIGINT NOT NULL, " //$NON-NLS-1$
                + "document CHARACTER LARGE OBJECT NOT NULL)", //$NON-NLS-1$
        "CREATE TABLE IF NOT EXISTS case_audit (id BIGINT AUTO_INCREMENT PRIMARY KEY, case_number VARCHAR(32) NOT NULL, " //$NON-NLS-1$
                + "version BIGINT NOT NULL, at VARCHAR(40) NOT NULL, actor VARCHAR(256) NOT NULL, " //$NON-NLS-1$
                + "field VARCHAR(64) NOT NULL, old_value CHARACTER LARGE OBJECT, new_value CHARACTER LARGE OBJECT)", //$NON-NLS-1$
        "CREATE INDEX IF NOT EXISTS case_audit_number ON case_audit (case_number)", //$NON-NLS-1$
        "CREATE TABLE IF NOT EXISTS case_comments (id VARCHAR(64) PRIMARY KEY, case_number VARCHAR(32) NOT NULL, " //$NON-NLS-1$
                + "author VARCHAR(256) NOT NULL, at VARCHAR(40) NOT NULL, text CHARACTER LARGE OBJECT NOT NULL)", //$NON-NLS-1$
        "CREATE INDEX IF NOT EXISTS case_comments_number ON case_comments (case_number)", //$NON-NLS-1$
        "CREATE TABLE IF NOT EXISTS case_documents (kind VARCHAR(32) NOT NULL, id VARCHAR(128) NOT NULL, " //$NON-NLS-1$
                + "document CHARACTER LARGE OBJECT NOT NULL, PRIMARY KEY (kind, id))" }; //$NON-NLS-1$

    /** A piece of SQL work on a connection. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException, StaleCaseException;
    }

    private static final long LOCK_WAIT_MILLIS = 5_000;
    private static final long LOCK_RETRY_MILLIS = 100;

    private final JdbcDataSource source = new JdbcDataSource();
    private volatile boolean schemaReady;

    /**
     * @param info what the store is; its name and location appear in every error
     * @param user who it writes as
     * @param clock the time of every change
     * @param url the H2 JDBC URL
     */
    public H2CaseStore(StoreInfo info, String user, Clock clock, String url) {
        super(info, user, clock);
        source.setURL(url);
    }

    @Override
    protected Optional<Case> read(CaseNumber number) throws CaseStoreException {
        return run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT document FROM cases WHERE number = ?")) { //$NON-NLS-1$
                select.setString(1, number.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(CaseDocuments.toCase(Json.read(row.getString(1)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    protected List<Case> readAll() throws CaseStoreException {
        return run(c -> {
            List<Case> cases = new ArrayList<>();
            try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery("SELECT document FROM cases")) { //$NON-NLS-1$
                while (rows.next()) {
                    cases.add(CaseDocuments.toCase(Json.read(rows.getString(1))));
                }
            }
            return cases;
        });
    }

    @Override
    protected int reserveSequence(int year) throws CaseStoreException {
        return run(c -> {
            try (PreparedStatement bump = c.prepareStatement(
                    "UPDATE case_numbers SET last_sequence = last_sequence + 1 WHERE case_year = ?")) { //$NON-NLS-1$
                bump.setInt(1, year);
                if (bump.executeUpdate() == 0) {
                    insert(c, "INSERT INTO case_numbers (case_year, last_sequence) VALUES (?, 1)", year); //$NON-NLS-1$
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT last_sequence FROM case_numbers WHERE case_year = ?")) { //$NON-NLS-1$
                select.setInt(1, year);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    @Override
    protected void write(List<CaseWrite> writes) throws CaseStoreException, StaleCaseException {
        transaction(c -> {
            for (CaseWrite write : writes) {
                saveCase(c, write);
                appendAudit(c, write.audit());
            }
            return null;
        });
    }

    @Override
    protected List<AuditEntry> readAudit(List<CaseNumber> numbers) throws CaseStoreException {
        return run(c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT case_number, version, at, actor, field, old_value, " //$NON-NLS-1$
                    + "new_value FROM case_audit WHERE case_number = ANY(?) ORDER BY id")) { //$NON-NLS-1$
                select.setObject(1, numbers.stream().map(CaseNumber::toString).toArray(String[]::new));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntry(rows.getString(1), rows.getLong(2), Instant.parse(rows.getString(3)),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    protected void writeComment(Comment comment) throws CaseStoreException {
        run(c -> {
            insert(c, "INSERT INTO case_comments (id, case_number, author, at, text) VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
                    comment.id(), comment.caseNumber(), comment.author(), comment.at().toString(), comment.text());
            return null;
        });
    }

    @Override
    protected List<Comment> readComments(List<CaseNumber> numbers) throws CaseStoreException {
        return run(c -> {
            List<Comment> comments = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, case_number, author, at, text FROM case_comments WHERE case_number = ANY(?)")) { //$NON-NLS-1$
                select.setObject(1, numbers.stream().map(CaseNumber::toString).toArray(String[]::new));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        comments.add(new Comment(rows.getString(1), rows.getString(2), rows.getString(3),
                                Instant.parse(rows.getString(4)), rows.getString(5)));
                    }
                }
            }
            return comments;
        });
    }

    @Override
    protected List<Map<String, Object>> readDocuments(String kind) throws CaseStoreException {
        return run(c -> {
            List<Map<String, Object>> documents = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT document FROM case_documents WHERE kind = ? ORDER BY id")) { //$NON-NLS-1$
                select.setString(1, kind);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        documents.add(Json.read(rows.getString(1)));
                    }
                }
            }
            return documents;
        });
    }

    @Override
    protected void writeDocument(String kind, String id, Map<String, Object> document) throws CaseStoreException {
        run(c -> {
            insert(c, "MERGE INTO case_documents (kind, id, document) KEY (kind, id) VALUES (?, ?, ?)", kind, id, //$NON-NLS-1$
                    Json.write(document));
            return null;
        });
    }

    private static void saveCase(Connection c, CaseWrite write) throws SQLException, StaleCaseException {
        Case saved = write.saved();
        String document = Json.write(CaseDocuments.toMap(saved));
        if (write.creates()) {
            try {
                insert(c, "INSERT INTO cases (number, version, document) VALUES (?, ?, ?)", saved.number().toString(), //$NON-NLS-1$
                        saved.version(), document);
            } catch (SQLException e) {
                if (isDuplicateKey(e)) {
                    throw new StaleCaseException(saved.number());
                }
                throw e;
            }
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE cases SET version = ?, document = ? WHERE number = ? AND version = ?")) { //$NON-NLS-1$
            update.setLong(1, saved.version());
            update.setString(2, document);
            update.setString(3, saved.number().toString());
            update.setLong(4, write.expectedVersion());
            if (update.executeUpdate() == 0) {
                throw new StaleCaseException(saved.number());
            }
        }
    }

    private static void appendAudit(Connection c, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_audit (case_number, version, at, actor, " //$NON-NLS-1$
                + "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (AuditEntry entry : entries) {
                insert.setString(1, entry.caseNumber());
                insert.setLong(2, entry.version());
                insert.setString(3, entry.at().toString());
                insert.setString(4, entry.actor());
                insert.setString(5, entry.field());
                insert.setString(6, entry.oldValue());
                insert.setString(7, entry.newValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        // SQLSTATE 23505: unique or primary key violation, the same in H2 and the standard.
        return "23505".equals(e.getSQLState()); //$NON-NLS-1$
    }

    /** Runs work that never meets a stale version: everything but {@link #write(List)}. */
    private <T> T run(Work<T> work) throws CaseStoreException {
        try {
            return transaction(work);
        } catch (StaleCaseException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T transaction(Work<T> work) throws CaseStoreException, StaleCaseException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | StaleCaseException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Called once, when this store has just created its database and before the operation that
     * opened it runs; other callers wait until it returns. Nothing by default. It must not throw:
     * a store that could not fill its new database still works.
     */
    protected void created() {
        // A plain store starts empty.
    }

    private Connection connection() throws SQLException {
        if (!schemaReady) {
            prepareSchema();
        }
        return open();
    }

    private synchronized void prepareSchema() throws SQLException {
        if (schemaReady) {
            return;
        }
        boolean fresh;
        try (Connection c = open(); Statement ddl = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, "CASES", null)) { //$NON-NLS-1$
                fresh = !tables.next();
            }
            for (String statement : SCHEMA) {
                ddl.execute(statement);
            }
        }
        try {
            if (fresh) {
                created();
            }
        } finally {
            schemaReady = true;
        }
    }

    private Connection open() throws SQLException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            try {
                return source.getConnection();
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(LOCK_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(e);
        }
    }

    private CaseStoreException failure(SQLException e) {
        return new CaseStoreException(info().id(), NLS.bind(Messages.CaseStore_failed,
                new Object[] { info().name(), info().location(), e.getMessage() }), e);
    }
}
