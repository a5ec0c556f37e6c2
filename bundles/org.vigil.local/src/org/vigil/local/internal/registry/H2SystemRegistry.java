package org.vigil.local.internal.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.h2.api.ErrorCode;
import org.vigil.local.internal.Messages;
import org.vigil.registry.Agency;
import org.vigil.registry.AgencyKind;
import org.vigil.registry.AgencyTree;
import org.vigil.registry.AssetClaims;
import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Problem;
import org.vigil.registry.RegistryChange;
import org.vigil.registry.RegistryException;
import org.vigil.registry.RegistryListener;
import org.vigil.registry.RegistryValidator;
import org.vigil.registry.SavedSystem;
import org.vigil.registry.SystemFilter;
import org.vigil.registry.SystemRegistry;

/**
 * The embedded registry: an H2 database file in a directory of the workspace, opened on the
 * first call (services start on whatever thread first asks for them, possibly the UI thread) and
 * migrated to the current schema then. One connection, calls serialised: the registry of a
 * province is hundreds of systems, edited by one person at a time on a workstation. Every write
 * is one transaction, rolled back on any failure. The province's own compliance rules, when it
 * has them, are the file {@value #RULES_FILE} beside the database, edited with any text editor.
 */
public class H2SystemRegistry implements SystemRegistry, AutoCloseable {

    /** The rules file that replaces the shipped rules when it exists. */
    public static final String RULES_FILE = "compliance-rules.properties"; //$NON-NLS-1$

    private static final String DATABASE = "registry"; //$NON-NLS-1$

    private final Path directory;
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();
    private Connection connection;

    /** @param directory where the database and the rules file are, created on first use */
    public H2SystemRegistry(Path directory) {
        this.directory = directory;
    }

    /**
     * Called once, right after a new database was created, still holding the registry's lock:
     * the place to fill it with starting data.
     *
     * @throws RegistryException if filling it fails; the call that opened the registry fails with
     *             it, and the database stays as the failed filling left it (empty, since writes are
     *             transactions)
     */
    protected void created() throws RegistryException {
        // A plain registry starts empty.
    }

    @Override
    public String location() {
        return directory.toString();
    }

    @Override
    public synchronized List<Agency> agencies() throws RegistryException {
        try {
            return AgencyTree.of(readAgencies()).depthFirst();
        } catch (SQLException e) {
            throw storage(e);
        }
    }


    @Override
    public void deleteAgency(String id) throws RegistryException {
        write(() -> {
            if (count("SELECT COUNT(*) FROM agency WHERE id = ?", id) == 0) { //$NON-NLS-1$
                throw RegistryException.notFound(id);
            }
            if (count("SELECT COUNT(*) FROM info_system WHERE agency_id = ?", id) //$NON-NLS-1$
                    + count("SELECT COUNT(*) FROM agency WHERE parent_id = ?", id) > 0) { //$NON-NLS-1$
                throw RegistryException.inUse(id);
            }
            update("DELETE FROM agency WHERE id = ?", id); //$NON-NLS-1$
            return new RegistryChange(Set.of(), Set.of(id));
        });
    }

    @Override
    public synchronized List<InformationSystem> systems(SystemFilter filter) throws RegistryException {
        try {
            return filter.apply(SystemRows.read(connection(), null), AgencyTree.of(readAgencies()));
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    @Override
    public synchronized Optional<InformationSystem> system(String id) throws RegistryException {
        try {
            return SystemRows.read(connection(), id).stream().findFirst();
        } catch (SQLException e) {
            throw storage(e);
        }
    }


    @Override
    public List<SavedSystem> saveAll(List<Agency> agencies, List<InformationSystem> systems)
            throws RegistryException {
        List<SavedSystem> saved = new ArrayList<>();
        write(() -> {
            for (Agency agency : agencies) {
                writeAgency(agency);
            }
            RegistryValidator validator = new RegistryValidator(readAgencies(), this::claimants);
            for (InformationSystem system : systems) {
                saved.add(writeSystem(system, validator));
            }
            return RegistryChange.of(agencies, systems);
        });
        return saved;
    }

    @Override
    public void delete(String id, long version) throws RegistryException {
        write(() -> {
            if (!checkVersion(id, version)) {
                throw RegistryException.notFound(id);
            }
            SystemRows.deleteChildren(connection(), id);
            update("DELETE FROM info_system WHERE id = ?", id); //$NON-NLS-1$
            return new RegistryChange(Set.of(id), Set.of());
        });
    }

    @Override
    public Optional<String> rulesDocument() throws RegistryException {
        Path rules = directory.resolve(RULES_FILE);
        try {
            return Files.exists(rules) ? Optional.of(Files.readString(rules, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.STORAGE,
                    NLS.bind(Messages.Registry_unreadableRules, rules, e.getMessage()), e);
        }
    }

    @Override
    public synchronized void saveSnapshot(ComplianceSnapshot snapshot) throws RegistryException {
        try {
            Connection db = connection();
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM compliance_figure WHERE figure_day = ?"); //$NON-NLS-1$
                    PreparedStatement insert = db.prepareStatement("INSERT INTO compliance_figure VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                delete.setDate(1, java.sql.Date.valueOf(snapshot.day()));
                delete.executeUpdate();
                SnapshotRows.insert(insert, snapshot);
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw storage(e);
        }
    }

    @Override
    public synchronized List<ComplianceSnapshot> snapshots() throws RegistryException {
        try {
            return SnapshotRows.read(connection());
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    @Override
    public void addListener(RegistryListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(RegistryListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing is best effort; H2 recovers a file that was not closed cleanly.
            }
            connection = null;
        }
    }

    /** A write inside a transaction; returns what it changed. */
    @FunctionalInterface
    private interface Work {
        RegistryChange run() throws SQLException, RegistryException;
    }

    private void write(Work work) throws RegistryException {
        RegistryChange change;
        synchronized (this) {
            try {
                change = work.run();
                connection().commit();
            } catch (SQLException e) {
                rollback();
                throw storage(e);
            } catch (RegistryException | RuntimeException e) {
                rollback();
                throw e;
            }
        }
        // Outside the lock: a listener may read the registry from another thread and wait for it.
        listeners.forEach(listener -> listener.registryChanged(change));
    }

    private void writeAgency(Agency agency) throws SQLException, RegistryException {
        List<Problem> problems = new RegistryValidator(readAgencies(), AssetClaims.NONE).validate(agency);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw RegistryException.invalid(problems);
        }
        boolean exists = count("SELECT COUNT(*) FROM agency WHERE id = ?", agency.id()) > 0; //$NON-NLS-1$
        try (PreparedStatement statement = connection().prepareStatement(exists
                ? "UPDATE agency SET name = ?, parent_id = ?, kind = ? WHERE id = ?" //$NON-NLS-1$
                : "INSERT INTO agency (name, parent_id, kind, id) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            statement.setString(1, agency.name());
            statement.setString(2, agency.parentId());
            statement.setString(3, agency.kind().name());
            statement.setString(4, agency.id());
            statement.executeUpdate();
        }
    }

    private SavedSystem writeSystem(InformationSystem system, RegistryValidator validator)
            throws SQLException, RegistryException {
        List<Problem> problems = validator.validate(system);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw RegistryException.invalid(problems);
        }
        boolean exists = checkVersion(system.id(), system.version());
        SystemRows.write(connection(), system, system.version() + 1, exists);
        return new SavedSystem(system.toBuilder().version(system.version() + 1).build(), problems);
    }

    /** @return whether the system is stored; throws unless its stored version is the given one (0: not stored) */
    private boolean checkVersion(String id, long version) throws SQLException, RegistryException {
        try (PreparedStatement query = SystemRows.prepare(connection(), "SELECT version FROM info_system WHERE id = ?", id); //$NON-NLS-1$
                ResultSet row = query.executeQuery()) {
            long stored = row.next() ? row.getLong(1) : 0;
            if (stored != version) {
                throw stored == 0 ? RegistryException.notFound(id) : RegistryException.conflict(id, version, stored);
            }
            return stored > 0;
        }
    }

    private List<String> claimants(org.vigil.registry.AssetKind kind, String canonical) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection()
                .prepareStatement("SELECT DISTINCT system_id FROM system_asset WHERE kind = ? AND canonical = ?")) { //$NON-NLS-1$
            query.setString(1, kind.name());
            query.setString(2, canonical);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException | RegistryException e) {
            // A lookup for a warning must not fail the save; the warning is only missing.
        }
        return ids;
    }

    private List<Agency> readAgencies() throws SQLException, RegistryException {
        List<Agency> agencies = new ArrayList<>();
        try (PreparedStatement query = connection().prepareStatement("SELECT id, name, parent_id, kind FROM agency"); //$NON-NLS-1$
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                agencies.add(new Agency(rows.getString(1), rows.getString(2), rows.getString(3),
                        AgencyKind.valueOf(rows.getString(4))));
            }
        }
        return agencies;
    }

    private long count(String sql, String value) throws SQLException, RegistryException {
        try (PreparedStatement query = SystemRows.prepare(connection(), sql, value);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private void update(String sql, String value) throws SQLException, RegistryException {
        try (PreparedStatement statement = SystemRows.prepare(connection(), sql, value)) {
            statement.executeUpdate();
        }
    }

    private synchronized Connection connection() throws RegistryException {
        if (connection != null) {
            return connection;
        }
        try {
            Files.createDirectories(directory);
            // The driver is called directly: DriverManager does not see drivers of other bundles.
            connection = new org.h2.Driver().connect("jdbc:h2:file:" + directory.resolve(DATABASE).toAbsolutePath() //$NON-NLS-1$
                    + ";DB_CLOSE_ON_EXIT=FALSE", new Properties()); //$NON-NLS-1$
            connection.setAutoCommit(false);
            if (RegistrySchema.migrate(connection) == 0) {
                created();
            }
            return connection;
        } catch (SQLException e) {
            close();
            // H2 lets one process open the file: a workbench on the same workspace holds it.
            String message = e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? NLS.bind(Messages.Registry_inUse, directory)
                    : NLS.bind(Messages.Registry_cannotOpen, directory, e.getMessage());
            throw new RegistryException(RegistryException.Kind.STORAGE, message, e);
        } catch (IOException e) {
            close();
            throw new RegistryException(RegistryException.Kind.STORAGE,
                    NLS.bind(Messages.Registry_cannotOpen, directory, e.getMessage()), e);
        }
    }

    private void rollback() {
        try {
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // The original failure is what the caller needs to see.
        }
    }

    private static RegistryException storage(SQLException e) {
        return new RegistryException(RegistryException.Kind.STORAGE, NLS.bind(Messages.Registry_storage, e.getMessage()),
                e);
    }

}
