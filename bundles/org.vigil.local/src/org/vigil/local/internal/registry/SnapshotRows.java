package org.vigil.local.internal.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.registry.ComplianceSnapshot;
import org.vigil.registry.Figures;

/**
 * Compliance snapshots as rows of {@code compliance_figure}: one per figure, keyed by day,
 * scope (the province, an agency or a target) and the id within the scope.
 */
@SuppressWarnings("nls")
final class SnapshotRows {

    private static final String PROVINCE = "province";
    private static final String AGENCY = "agency";
    private static final String TARGET = "target";
    private static final String ALL = "*";

    private SnapshotRows() {
    }

    /**
     * @param insert {@code INSERT INTO compliance_figure VALUES (?, ?, ?, ?, ?)}
     * @param snapshot the figures to insert
     * @throws SQLException if a statement fails
     */
    static void insert(PreparedStatement insert, ComplianceSnapshot snapshot) throws SQLException {
        java.sql.Date day = java.sql.Date.valueOf(snapshot.day());
        add(insert, day, PROVINCE, ALL, snapshot.province());
        for (Map.Entry<String, Figures> agency : snapshot.agencies().entrySet()) {
            add(insert, day, AGENCY, agency.getKey(), agency.getValue());
        }
        for (Map.Entry<String, Figures> target : snapshot.targets().entrySet()) {
            add(insert, day, TARGET, target.getKey(), target.getValue());
        }
        insert.executeBatch();
    }

    /**
     * @param connection an open connection
     * @return every snapshot, oldest first
     * @throws SQLException if the query fails
     */
    static List<ComplianceSnapshot> read(Connection connection) throws SQLException {
        Map<LocalDate, Parts> days = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT figure_day, scope, scope_id, met, total FROM compliance_figure ORDER BY figure_day, scope_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Parts parts = days.computeIfAbsent(rows.getDate(1).toLocalDate(), day -> new Parts());
                Figures figures = new Figures(rows.getInt(4), rows.getInt(5));
                switch (rows.getString(2)) {
                    case PROVINCE -> parts.province = figures;
                    case AGENCY -> parts.agencies.put(rows.getString(3), figures);
                    default -> parts.targets.put(rows.getString(3), figures);
                }
            }
        }
        List<ComplianceSnapshot> snapshots = new ArrayList<>();
        days.forEach((day, parts) -> snapshots
                .add(new ComplianceSnapshot(day, parts.province, parts.agencies, parts.targets)));
        return snapshots;
    }

    private static void add(PreparedStatement insert, java.sql.Date day, String scope, String id, Figures figures)
            throws SQLException {
        insert.setDate(1, day);
        insert.setString(2, scope);
        insert.setString(3, id);
        insert.setInt(4, figures.met());
        insert.setInt(5, figures.total());
        insert.addBatch();
    }

    /** The figures of one day, as they are read. */
    private static final class Parts {
        Figures province = Figures.NONE;
        final Map<String, Figures> agencies = new LinkedHashMap<>();
        final Map<String, Figures> targets = new LinkedHashMap<>();
    }
}
