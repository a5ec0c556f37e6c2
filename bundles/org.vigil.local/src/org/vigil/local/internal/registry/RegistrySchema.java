package org.vigil.local.internal.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The registry's tables and their migrations. H2 commits DDL statements one by one, so a
 * migration cannot be rolled back as a whole: every statement is written to be run again
 * ({@code IF NOT EXISTS}), and the version is raised only after the last one. A migration cut
 * short by a crash is simply run again at the next start.
 */
final class RegistrySchema {

    /** One list of statements per version; version n is {@code MIGRATIONS.get(n - 1)}. */
    @SuppressWarnings("nls")
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE IF NOT EXISTS agency (id VARCHAR(64) PRIMARY KEY, name VARCHAR(1000) NOT NULL,"
                    + " parent_id VARCHAR(64), kind VARCHAR(32) NOT NULL)",
            "CREATE TABLE IF NOT EXISTS info_system (id VARCHAR(64) PRIMARY KEY, version BIGINT NOT NULL,"
                    + " name VARCHAR(1000) NOT NULL, agency_id VARCHAR(64) NOT NULL REFERENCES agency(id),"
                    + " operating_unit VARCHAR(1000) NOT NULL, system_type VARCHAR(32) NOT NULL,"
                    + " security_level INT NOT NULL, level_reason VARCHAR(4000) NOT NULL,"
                    + " dossier_status VARCHAR(32) NOT NULL, decision_number VARCHAR(200) NOT NULL, decision_date DATE,"
                    + " plan_status VARCHAR(32) NOT NULL, plan_date DATE, trust_label VARCHAR(1000) NOT NULL,"
                    + " trust_label_until DATE, last_assessment DATE, notes CHARACTER LARGE OBJECT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS system_layer (system_id VARCHAR(64) NOT NULL REFERENCES info_system(id)"
                    + " ON DELETE CASCADE, layer_no INT NOT NULL, covered BOOLEAN NOT NULL,"
                    + " provider VARCHAR(1000) NOT NULL, valid_until DATE, PRIMARY KEY (system_id, layer_no))",
            "CREATE TABLE IF NOT EXISTS system_asset (system_id VARCHAR(64) NOT NULL REFERENCES info_system(id)"
                    + " ON DELETE CASCADE, pos INT NOT NULL, kind VARCHAR(16) NOT NULL,"
                    + " asset_value VARCHAR(2000) NOT NULL, canonical VARCHAR(2000) NOT NULL,"
                    + " PRIMARY KEY (system_id, pos))",
            "CREATE INDEX IF NOT EXISTS system_asset_canonical ON system_asset (kind, canonical)",
            "CREATE TABLE IF NOT EXISTS system_contact (system_id VARCHAR(64) NOT NULL REFERENCES info_system(id)"
                    + " ON DELETE CASCADE, pos INT NOT NULL, name VARCHAR(1000) NOT NULL,"
                    + " contact_role VARCHAR(1000) NOT NULL, phone VARCHAR(200) NOT NULL,"
                    + " email VARCHAR(500) NOT NULL, PRIMARY KEY (system_id, pos))",
            "CREATE TABLE IF NOT EXISTS system_requirement (system_id VARCHAR(64) NOT NULL"
                    + " REFERENCES info_system(id) ON DELETE CASCADE, code VARCHAR(200) NOT NULL,"
                    + " PRIMARY KEY (system_id, code))",
            "CREATE TABLE IF NOT EXISTS compliance_figure (figure_day DATE NOT NULL, scope VARCHAR(16) NOT NULL,"
                    + " scope_id VARCHAR(200) NOT NULL, met INT NOT NULL, total INT NOT NULL,"
                    + " PRIMARY KEY (figure_day, scope, scope_id))",
            "CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)"));

    private RegistrySchema() {
    }

    /**
     * Brings the database to the current version.
     *
     * @param connection an open connection
     * @return the version found before: 0 for a new database
     * @throws SQLException if a statement fails
     */
    static int migrate(Connection connection) throws SQLException {
        int found = version(connection);
        try (Statement statement = connection.createStatement()) {
            for (int version = found + 1; version <= MIGRATIONS.size(); version++) {
                for (String sql : MIGRATIONS.get(version - 1)) {
                    statement.execute(sql);
                }
                statement.executeUpdate("DELETE FROM schema_version"); //$NON-NLS-1$
                statement.executeUpdate("INSERT INTO schema_version VALUES (" + version + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                connection.commit();
            }
        }
        return found;
    }

    /** @return the version this code writes */
    static int current() {
        return MIGRATIONS.size();
    }

    private static int version(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION", null); //$NON-NLS-1$
                Statement statement = connection.createStatement()) {
            if (!tables.next()) {
                return 0;
            }
            try (ResultSet version = statement.executeQuery("SELECT MAX(version) FROM schema_version")) { //$NON-NLS-1$
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }
}
