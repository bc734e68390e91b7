package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.connection.DatabaseUrl;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scratch database, {@code retort_dev_<epoch seconds>_<random>}, created empty (from {@code template0}) on a
 * server and dropped on {@link #close()}, or by a shutdown hook when the JVM exits first (Ctrl-C). A run killed
 * harder leaves it behind; the next run on the same server drops such leftovers once they are older than
 * {@link #LEFTOVER_AGE} (the epoch in the name says when they were made).
 */
public final class DevDatabase implements AutoCloseable {
    static final String PREFIX = "retort_dev_";
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d+)_[a-z0-9]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseUrl server;
    private final String name;
    private final int major;
    private final Consumer<String> log;
    private final Thread shutdownHook;
    private boolean dropped;

    private DevDatabase(DatabaseUrl server, String name, int major, Consumer<String> log) {
        this.server = server;
        this.name = name;
        this.major = major;
        this.log = log;
        this.shutdownHook = new Thread(this::dropQuietly, "retort-drop-" + name);
    }

    /**
     * Creates a dev database on the server {@code server} points at (its database is only where CREATE DATABASE
     * runs), after dropping that server's leftovers.
     *
     * @param requiredMajor the target's major version, or 0 when there is no target to match
     * @throws RetortException when the server is unreachable, of another major, or refuses to create databases
     */
    public static DevDatabase create(DatabaseUrl server, int requiredMajor, Consumer<String> log) {
        StringBuilder name = new StringBuilder(PREFIX).append(Instant.now().getEpochSecond()).append('_');
        for (int i = 0; i < 8; i++) {
            name.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return create(server, name.toString(), requiredMajor, log);
    }

    private static DevDatabase create(DatabaseUrl server, String name, int requiredMajor, Consumer<String> log) {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            int major;
            try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
                rs.next();
                major = rs.getInt(1);
            }
            if (requiredMajor != 0 && major != requiredMajor) {
                throw new RetortException("the dev server " + server + " runs PostgreSQL " + major
                        + " but the target runs PostgreSQL " + requiredMajor + ": catalogs render definitions "
                        + "differently between majors, so the diff would be wrong; use a dev server of PostgreSQL "
                        + requiredMajor + " (--dev-url embedded:" + requiredMajor + ")");
            }
            dropLeftovers(s, log);
            // template0: nothing a DBA added to template1 may appear in the snapshot; the server's own encoding.
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0");
            DevDatabase db = new DevDatabase(server, name, major, log);
            Runtime.getRuntime().addShutdownHook(db.shutdownHook);
            log.accept("created dev database " + name + " on " + server.withDatabase(null));
            return db;
        } catch (SQLException e) {
            throw new RetortException("cannot create a dev database on " + server + ": " + e.getMessage()
                    + " (Retort needs a role that may CREATE DATABASE there; --dev-url names another server, "
                    + "--dev-url embedded starts one)", e);
        }
    }

    /** Drops dev databases older than {@link #LEFTOVER_AGE}; one in use (a live run's) is skipped, not forced. */
    private static void dropLeftovers(Statement s, Consumer<String> log) throws SQLException {
        List<String> old = new ArrayList<>();
        long cutoff = Instant.now().minus(LEFTOVER_AGE).getEpochSecond();
        try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_dev\\_%'")) {
            while (rs.next()) {
                Matcher m = NAME.matcher(rs.getString(1));
                if (m.matches() && Long.parseLong(m.group(1)) < cutoff) {
                    old.add(m.group());
                }
            }
        }
        for (String leftover : old) {
            try {
                s.execute("DROP DATABASE IF EXISTS " + leftover);
                log.accept("dropped leftover dev database " + leftover);
            } catch (SQLException e) {
                log.accept("could not drop leftover dev database " + leftover + ": " + e.getMessage());
            }
        }
    }

    public String name() {
        return name;
    }

    public int major() {
        return major;
    }

    /** The URL of the dev database itself. */
    public DatabaseUrl url() {
        return server.withDatabase(name);
    }

    /** Drops the database (forcing out any session still in it). */
    @Override
    public synchronized void close() {
        if (dropped) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook is running or has run
        }
        drop();
    }

    private synchronized void dropQuietly() {
        if (!dropped) {
            try {
                drop();
            } catch (RuntimeException e) {
                System.err.println("retort: " + e.getMessage());
            }
        }
    }

    private void drop() {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            dropped = true;
            log.accept("dropped dev database " + name);
        } catch (SQLException e) {
            throw new RetortException("could not drop the dev database " + name + " on " + server.withDatabase(null)
                    + ": " + e.getMessage() + " (drop it by hand)", e);
        }
    }
}
