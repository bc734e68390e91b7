package dev.retort.runner;

import dev.retort.catalog.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two bookkeeping tables in a configurable schema: {@code retort_version} (one row per current head, like
 * {@code alembic_version}) and {@code retort_history} (one row per revision applied, reverted, stamped or repaired,
 * with its checksum, time, user and duration). Writes are produced as SQL text so an offline run prints exactly
 * what an online run executes.
 */
public final class VersionTable {
    public static final String VERSION_TABLE = "retort_version";
    public static final String HISTORY_TABLE = "retort_history";
    public static final String JOURNAL_TABLE = "retort_journal";

    private final String schema;

    public VersionTable(String schema) {
        Identifiers.quoteAlways(schema);
        this.schema = schema;
    }

    public String schema() {
        return schema;
    }

    public String versionTable() {
        return Identifiers.quoteAlways(schema) + "." + Identifiers.quoteAlways(VERSION_TABLE);
    }

    public String historyTable() {
        return Identifiers.quoteAlways(schema) + "." + Identifiers.quoteAlways(HISTORY_TABLE);
    }

    public String journalTable() {
        return Identifiers.quoteAlways(schema) + "." + Identifiers.quoteAlways(JOURNAL_TABLE);
    }

    /** The DDL creating the tables if missing; the schema too unless {@code schemaExists}. */
    public List<String> createStatements(boolean schemaExists) {
        List<String> sql = new ArrayList<>();
        if (!schemaExists) {
            sql.add("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quoteAlways(schema));
        }
        sql.add("CREATE TABLE IF NOT EXISTS " + versionTable() + " (\n"
                + "    revision text PRIMARY KEY\n"
                + ")");
        sql.add("CREATE TABLE IF NOT EXISTS " + historyTable() + " (\n"
                + "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                + "    revision text NOT NULL,\n"
                + "    direction text NOT NULL CHECK (direction IN " + DIRECTIONS + "),\n"
                + "    checksum text,\n"
                + "    applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
                + "    applied_by text NOT NULL DEFAULT current_user,\n"
                + "    duration_ms bigint,\n"
                + "    source text\n"
                + ")");
        // A revision that runs outside a transaction is recorded here before its first statement and after each
        // one, so a run that dies halfway is found by the next run instead of being run again from the top.
        sql.add("CREATE TABLE IF NOT EXISTS " + journalTable() + " (\n"
                + "    revision text PRIMARY KEY,\n"
                + "    direction text NOT NULL CHECK (direction IN ('upgrade', 'downgrade')),\n"
                + "    checksum text NOT NULL,\n"
                + "    statements int NOT NULL,\n"
                + "    finished int NOT NULL DEFAULT 0,\n"
                + "    started_at timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
                + "    started_by text NOT NULL DEFAULT current_user,\n"
                + "    updated_at timestamptz NOT NULL DEFAULT clock_timestamp()\n"
                + ")");
        return sql;
    }

    /** The directions the history accepts. */
    private static final String DIRECTIONS = "('upgrade', 'downgrade', 'stamp', 'unstamp', 'repair', 'import')";

    /**
     * Brings a history table created before imports existed up to date: the {@code source} column, and
     * {@code import} among the directions.
     */
    public List<String> importColumns() {
        return List.of("ALTER TABLE " + historyTable() + " ADD COLUMN IF NOT EXISTS source text",
                "ALTER TABLE " + historyTable() + " DROP CONSTRAINT IF EXISTS retort_history_direction_check",
                "ALTER TABLE " + historyTable() + " ADD CONSTRAINT retort_history_direction_check CHECK (direction IN "
                        + DIRECTIONS + ")");
    }

    /** A history row for a migration another tool applied: when, by whom, how long, and where it came from. */
    public String importInsert(String revision, String source, String checksum, java.time.OffsetDateTime appliedAt,
                               String appliedBy, Long durationMs) {
        return "INSERT INTO " + historyTable() + " (revision, direction, checksum, applied_at, applied_by, "
                + "duration_ms, source) VALUES (" + Identifiers.literal(revision) + ", 'import', "
                + Identifiers.literal(checksum) + ", " + (appliedAt == null ? "clock_timestamp()"
                : Identifiers.literal(appliedAt.toString()) + "::timestamptz") + ", "
                + (appliedBy == null ? "current_user" : Identifiers.literal(appliedBy)) + ", "
                + (durationMs == null ? "NULL" : durationMs.toString()) + ", " + Identifiers.literal(source) + ")";
    }

    /** The statements turning the stored heads {@code before} into {@code after}. */
    public List<String> moveHeads(List<String> before, List<String> after) {
        List<String> sql = new ArrayList<>();
        List<String> removed = before.stream().filter(r -> !after.contains(r)).toList();
        List<String> added = after.stream().filter(r -> !before.contains(r)).toList();
        if (!removed.isEmpty()) {
            sql.add("DELETE FROM " + versionTable() + " WHERE revision IN ("
                    + String.join(", ", removed.stream().map(Identifiers::literal).toList()) + ")");
        }
        if (!added.isEmpty()) {
            sql.add("INSERT INTO " + versionTable() + " (revision) VALUES "
                    + String.join(", ", added.stream().map(r -> "(" + Identifiers.literal(r) + ")").toList()));
        }
        return sql;
    }

    /** A history row; {@code durationMs} null when unknown (offline). */
    public String historyInsert(String revision, Direction direction, String checksum, Long durationMs) {
        return "INSERT INTO " + historyTable() + " (revision, direction, checksum, duration_ms) VALUES ("
                + Identifiers.literal(revision) + ", " + Identifiers.literal(direction.sqlName()) + ", "
                + Identifiers.literal(checksum) + ", " + (durationMs == null ? "NULL" : durationMs.toString()) + ")";
    }

    /** Records that a no-transaction revision starts; {@code statements} is the number its section has. */
    public String journalStart(String revision, Direction direction, String checksum, int statements) {
        return "INSERT INTO " + journalTable() + " (revision, direction, checksum, statements) VALUES ("
                + Identifiers.literal(revision) + ", " + Identifiers.literal(direction.sqlName()) + ", "
                + Identifiers.literal(checksum) + ", " + statements + ")";
    }

    /** Records that the first {@code finished} statements of a journaled revision completed. */
    public String journalProgress(String revision, int finished) {
        return "UPDATE " + journalTable() + " SET finished = " + finished + ", updated_at = clock_timestamp() "
                + "WHERE revision = " + Identifiers.literal(revision);
    }

    /** Removes a journaled revision (it finished, or was stamped after a fix by hand). */
    public String journalClear(String revision) {
        return "DELETE FROM " + journalTable() + " WHERE revision = " + Identifiers.literal(revision);
    }

    /** A no-transaction revision that started and has not finished. */
    public record JournalEntry(String revision, Direction direction, String checksum, int statements, int finished,
                               String startedAt, String startedBy) {
    }

    /** The unfinished no-transaction revisions; empty when the journal table does not exist (yet). */
    public List<JournalEntry> readJournal(Connection c) throws SQLException {
        List<JournalEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, journalTable());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return out;
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT revision, direction, checksum, "
                + "statements, finished, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS TZ'), started_by FROM "
                + journalTable() + " ORDER BY started_at")) {
            while (rs.next()) {
                out.add(new JournalEntry(rs.getString(1), Direction.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    /** The direction of each revision's latest history row: what the history says is applied now. */
    public Map<String, Direction> lastDirections(Connection c) throws SQLException {
        Map<String, Direction> out = new HashMap<>();
        if (!exists(c)) {
            return out;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT ON (revision) revision, direction FROM " + historyTable() + " ORDER BY revision, id DESC")) {
            while (rs.next()) {
                out.put(rs.getString(1), Direction.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return out;
    }

    public boolean schemaExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether both tables exist (a database never migrated has neither). */
    public boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = ? AND t.relname IN (?, ?)")) {
            ps.setString(1, schema);
            ps.setString(2, VERSION_TABLE);
            ps.setString(3, HISTORY_TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 2;
            }
        }
    }

    public void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : createStatements(schemaExists(c))) {
                s.execute(sql);
            }
        }
    }

    /** The stored heads, sorted; empty when the tables do not exist. */
    public List<String> readHeads(Connection c) throws SQLException {
        if (!exists(c)) {
            return List.of();
        }
        List<String> heads = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT revision FROM " + versionTable() + " ORDER BY revision")) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    /** The checksum each revision was last applied, stamped or repaired with. */
    public Map<String, String> recordedChecksums(Connection c) throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        if (!exists(c)) {
            return checksums;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT ON (revision) revision, checksum FROM " + historyTable()
                        + " WHERE direction IN ('upgrade', 'stamp', 'repair') ORDER BY revision, id DESC")) {
            while (rs.next()) {
                checksums.put(rs.getString(1), rs.getString(2));
            }
        }
        return checksums;
    }
}
