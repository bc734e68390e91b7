package dev.retort.runner;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A session-level PostgreSQL advisory lock, one per version-table schema, held for a whole run (across the
 * transactions of per-revision and no-transaction runs), so concurrent runners take turns and each revision is
 * applied once. Released explicitly, and by PostgreSQL if the connection dies.
 */
final class AdvisoryLock implements AutoCloseable {
    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Waits until the lock is free, at most {@code timeout} (zero: as long as it takes); says through {@code log}
     * who holds it when it has to wait, and names the holder when the wait times out.
     */
    static AdvisoryLock acquire(Connection connection, String schema, Duration timeout, Consumer<String> log)
            throws SQLException {
        long key = keyFor(schema);
        if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
            log.accept("waiting for another retort run on this database to finish (advisory lock " + key + ", held by "
                    + holder(connection, key) + (timeout.isZero() ? "" : "; waiting up to " + RunSettings.describe(timeout)) + ")");
            try (Statement s = connection.createStatement()) {
                s.execute("SET lock_timeout = " + timeout.toMillis());
            }
            try {
                call(connection, "SELECT pg_advisory_lock(?) IS NULL", key);
            } catch (SQLException e) {
                if (MigrationRunner.isLockTimeout(e)) {
                    throw new MigrationException("waited " + RunSettings.describe(timeout) + " for another retort run on "
                            + "this database to finish (advisory lock " + key + ", held by " + holder(connection, key)
                            + "); nothing was applied. Run again when it is done, or raise --advisory-lock-timeout.", e);
                }
                throw e;
            } finally {
                try (Statement s = connection.createStatement()) {
                    s.execute("RESET lock_timeout");
                }
            }
        }
        return new AdvisoryLock(connection, key);
    }

    /** Who holds the lock: pid, application, user, client and since when, from pg_locks and pg_stat_activity. */
    static String holder(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 'pid ' || a.pid || ' (' "
                + "|| coalesce('application ''' || nullif(a.application_name, '') || ''', ', '') || 'user ' || coalesce(a.usename, '?') "
                + "|| coalesce(', client ' || host(a.client_addr), '') || ', connected ' "
                + "|| extract(epoch FROM now() - a.backend_start)::bigint || ' s ago, ' || coalesce(a.state, '?') || ')' "
                + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                + "AND l.classid = (?::bigint)::oid AND l.objid = (?::bigint)::oid "
                + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1")) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "a session that has just let it go";
            }
        }
    }

    /** Stable across runs and machines: the first 8 bytes of SHA-256("retort:" + schema). */
    static long keyFor(String schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("retort:" + schema).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean call(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        call(connection, "SELECT pg_advisory_unlock(?)", key);
    }
}
