package org.vigil.local.internal.registry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.registry.Asset;
import org.vigil.registry.AssetKind;
import org.vigil.registry.Assets;
import org.vigil.registry.Contact;
import org.vigil.registry.Dossier;
import org.vigil.registry.DossierStatus;
import org.vigil.registry.InformationSystem;
import org.vigil.registry.Layer;
import org.vigil.registry.LayerStatus;
import org.vigil.registry.PlanStatus;
import org.vigil.registry.ProtectionPlan;
import org.vigil.registry.SystemType;
import org.vigil.registry.TrustLabel;

/**
 * Systems as rows: one in {@code info_system}, and the layers, assets, contacts and met
 * requirements in tables of their own. Reading loads each table once and assembles the systems
 * in memory, rather than a query per system.
 */
@SuppressWarnings("nls")
final class SystemRows {

    private static final String SYSTEM_COLUMNS = "id, version, name, agency_id, operating_unit, system_type,"
            + " security_level, level_reason, dossier_status, decision_number, decision_date, plan_status, plan_date,"
            + " trust_label, trust_label_until, last_assessment, notes";
    private static final String[] CHILD_TABLES = { "system_layer", "system_asset", "system_contact",
            "system_requirement" };

    private SystemRows() {
    }

    /**
     * @param connection an open connection
     * @param id a system id, or null for every system
     * @return the systems, in no particular order
     * @throws SQLException if a query fails
     */
    static List<InformationSystem> read(Connection connection, String id) throws SQLException {
        String where = id == null ? "" : " WHERE system_id = ?";
        Map<String, InformationSystem.Builder> builders = new LinkedHashMap<>();
        try (PreparedStatement query = prepare(connection, "SELECT " + SYSTEM_COLUMNS + " FROM info_system"
                + (id == null ? "" : " WHERE id = ?"), id); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                builders.put(rows.getString("id"), system(rows));
            }
        }
        try (PreparedStatement query = prepare(connection,
                "SELECT * FROM system_layer" + where + " ORDER BY system_id, layer_no", id);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                builders.get(rows.getString("system_id")).layer(Layer.of(rows.getInt("layer_no")),
                        new LayerStatus(rows.getBoolean("covered"), rows.getString("provider"),
                                date(rows, "valid_until")));
            }
        }
        readAssets(connection, where, id, builders);
        readContacts(connection, where, id, builders);
        readRequirements(connection, where, id, builders);
        return builders.values().stream().map(InformationSystem.Builder::build).toList();
    }

    private static void readAssets(Connection connection, String where, String id,
            Map<String, InformationSystem.Builder> builders) throws SQLException {
        grouped(connection, "SELECT * FROM system_asset" + where + " ORDER BY system_id, pos", id,
                row -> new Asset(AssetKind.valueOf(row.getString("kind")), row.getString("asset_value")))
                .forEach((system, assets) -> builders.get(system).assets(assets));
    }

    private static void readContacts(Connection connection, String where, String id,
            Map<String, InformationSystem.Builder> builders) throws SQLException {
        grouped(connection, "SELECT * FROM system_contact" + where + " ORDER BY system_id, pos", id,
                row -> new Contact(row.getString("name"), row.getString("contact_role"), row.getString("phone"),
                        row.getString("email")))
                .forEach((system, contacts) -> builders.get(system).contacts(contacts));
    }

    private static void readRequirements(Connection connection, String where, String id,
            Map<String, InformationSystem.Builder> builders) throws SQLException {
        grouped(connection, "SELECT * FROM system_requirement" + where, id, row -> row.getString("code"))
                .forEach((system, codes) -> builders.get(system).requirementsMet(codes));
    }

    /** Reads one column family of a child table. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** @return the rows of a child table, read and grouped by their system, in query order */
    private static <T> Map<String, List<T>> grouped(Connection connection, String sql, String id, RowReader<T> reader)
            throws SQLException {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        try (PreparedStatement query = prepare(connection, sql, id); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                groups.computeIfAbsent(rows.getString("system_id"), key -> new ArrayList<>()).add(reader.read(rows));
            }
        }
        return groups;
    }

    private static InformationSystem.Builder system(ResultSet row) throws SQLException {
        return InformationSystem.builder(row.getString("id"), row.getString("name"), row.getString("agency_id"))
                .version(row.getLong("version")).operatingUnit(row.getString("operating_unit"))
                .type(SystemType.valueOf(row.getString("system_type")))
                .level(row.getInt("security_level"), row.getString("level_reason"))
                .dossier(new Dossier(DossierStatus.valueOf(row.getString("dossier_status")),
                        row.getString("decision_number"), date(row, "decision_date")))
                .plan(new ProtectionPlan(PlanStatus.valueOf(row.getString("plan_status")), date(row, "plan_date")))
                .trustLabel(new TrustLabel(row.getString("trust_label"), date(row, "trust_label_until")))
                .lastAssessment(date(row, "last_assessment")).notes(row.getString("notes"));
    }

    /**
     * Writes a system with the given version, replacing its rows if it has any.
     *
     * @param connection an open connection, inside a transaction
     * @param system the system, valid
     * @param version the version to store
     * @param exists whether it has rows already
     * @throws SQLException if a statement fails
     */
    static void write(Connection connection, InformationSystem system, long version, boolean exists)
            throws SQLException {
        String sql = exists ? "UPDATE info_system SET version = ?, name = ?, agency_id = ?, operating_unit = ?,"
                + " system_type = ?, security_level = ?, level_reason = ?, dossier_status = ?, decision_number = ?,"
                + " decision_date = ?, plan_status = ?, plan_date = ?, trust_label = ?, trust_label_until = ?,"
                + " last_assessment = ?, notes = ? WHERE id = ?"
                : "INSERT INTO info_system (version, name, agency_id, operating_unit, system_type, security_level,"
                        + " level_reason, dossier_status, decision_number, decision_date, plan_status, plan_date,"
                        + " trust_label, trust_label_until, last_assessment, notes, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 0;
            statement.setLong(++i, version);
            statement.setString(++i, system.name());
            statement.setString(++i, system.agencyId());
            statement.setString(++i, system.operatingUnit());
            statement.setString(++i, system.type().name());
            statement.setInt(++i, system.level());
            statement.setString(++i, system.levelReason());
            statement.setString(++i, system.dossier().status().name());
            statement.setString(++i, system.dossier().decisionNumber());
            statement.setDate(++i, sql(system.dossier().decisionDate()));
            statement.setString(++i, system.plan().status().name());
            statement.setDate(++i, sql(system.plan().date()));
            statement.setString(++i, system.trustLabel().reference());
            statement.setDate(++i, sql(system.trustLabel().validUntil()));
            statement.setDate(++i, sql(system.lastAssessment()));
            statement.setString(++i, system.notes());
            statement.setString(++i, system.id());
            statement.executeUpdate();
        }
        deleteChildren(connection, system.id());
        writeChildren(connection, system);
    }

    /**
     * @param connection an open connection, inside a transaction
     * @param id a system id
     * @throws SQLException if a statement fails
     */
    static void deleteChildren(Connection connection, String id) throws SQLException {
        for (String table : CHILD_TABLES) {
            try (PreparedStatement statement = prepare(connection, "DELETE FROM " + table + " WHERE system_id = ?",
                    id)) {
                statement.executeUpdate();
            }
        }
    }

    private static void writeChildren(Connection connection, InformationSystem system) throws SQLException {
        try (PreparedStatement layers = connection.prepareStatement("INSERT INTO system_layer VALUES (?, ?, ?, ?, ?)");
                PreparedStatement assets = connection.prepareStatement("INSERT INTO system_asset VALUES (?, ?, ?, ?, ?)");
                PreparedStatement contacts = connection
                        .prepareStatement("INSERT INTO system_contact VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement codes = connection.prepareStatement("INSERT INTO system_requirement VALUES (?, ?)")) {
            for (Layer layer : Layer.values()) {
                LayerStatus status = system.layer(layer);
                batch(layers, system.id(), layer.number(), status.covered(), status.provider(), sql(status.until()));
            }
            int position = 0;
            for (Asset asset : system.assets()) {
                batch(assets, system.id(), position++, asset.kind().name(), asset.value(), Assets.canonical(asset));
            }
            position = 0;
            for (Contact contact : system.contacts()) {
                batch(contacts, system.id(), position++, contact.name(), contact.role(), contact.phone(),
                        contact.email());
            }
            for (String code : system.requirementsMet()) {
                batch(codes, system.id(), code);
            }
            for (PreparedStatement statement : List.of(layers, assets, contacts, codes)) {
                statement.executeBatch();
            }
        }
    }

    private static void batch(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    /**
     * @param connection an open connection
     * @param sql a statement with at most one parameter
     * @param value the parameter's value, or null when it has none
     * @return the prepared statement
     * @throws SQLException if it cannot be prepared
     */
    static PreparedStatement prepare(Connection connection, String sql, String value) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (value != null) {
            statement.setString(1, value);
        }
        return statement;
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
