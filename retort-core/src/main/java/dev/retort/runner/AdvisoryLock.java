package dev.retort.runner;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Blocks until the lock is free; says so through {@code log} when it has to wait. */
    static AdvisoryLock acquire(Connection connection, String schema, Consumer<String> log) throws SQLException {
        long key = keyFor(schema);
        if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
            log.accept("waiting for another retort run on this database to finish (advisory lock " + key + ")");
            call(connection, "SELECT pg_advisory_lock(?) IS NULL", key);
        }
        return new AdvisoryLock(connection, key);
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
