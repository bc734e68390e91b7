package dev.retort.project;

import dev.retort.InfoResult;
import dev.retort.RetortException;
import dev.retort.connection.Connector;
import dev.retort.runner.VersionTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code retort_history}, oldest first; empty when the table does not exist (nothing was ever applied). */
public final class History {
    private History() {
    }

    /** Every row of the version schema's history table. */
    public static List<InfoResult.HistoryEntry> read(Connector database, VersionTable table) {
        try (Connection c = database.connect()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                ps.setString(1, table.historyTable());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return List.of();
                    }
                }
            }
            List<InfoResult.HistoryEntry> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT revision, direction, "
                    + "checksum, applied_at, applied_by, duration_ms FROM " + table.historyTable() + " ORDER BY id")) {
                while (rs.next()) {
                    long ms = rs.getLong(6);
                    Duration took = rs.wasNull() ? null : Duration.ofMillis(ms);
                    out.add(new InfoResult.HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), rs.getString(5), took));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new RetortException("cannot read the history of " + database + ": " + e.getMessage(), e);
        }
    }
}
