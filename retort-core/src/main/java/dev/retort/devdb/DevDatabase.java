package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.connection.DatabaseUrl;
import dev.retort.progress.Progress;
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
 * server and dropped on {@link #close()}. The library registers no shutdown hook: each database reports itself
 * open and done through its log ({@link Progress#scratchOpened}), so that {@code Retort.close()} (which the command
 * line's shutdown hook calls) can drop those an interrupted run still holds. A run killed harder leaves it behind; the next run on the same server drops such leftovers once they are older than
 * {@link #LEFTOVER_AGE} (the epoch in the name says when they were made).
 *
 * <p>A database nothing was ever committed to is still as {@code template0} made it. {@link #release()} keeps up
 * to {@link #IDLE_KEPT} such databases per server, renamed {@code retort_idle_<epoch>_<random>}, and
 * {@link #obtain} claims one by renaming it back (a rename is atomic: two runs never claim the same one), which
 * spares the next run a CREATE DATABASE and a DROP DATABASE (together ~0.3 s, the DROP with a checkpoint).
 */
public final class DevDatabase implements AutoCloseable {
    static final String PREFIX = "retort_dev_";
    static final String IDLE_PREFIX = "retort_idle_";
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    /** Idle databases older than this are dropped rather than claimed. */
    static final Duration IDLE_AGE = Duration.ofDays(1);
    static final int IDLE_KEPT = 2;
    private static final Pattern NAME = Pattern.compile("(?:" + PREFIX + "|" + IDLE_PREFIX + ")(\\d+)_[a-z0-9]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseUrl server;
    private final String name;
    private final int major;
    private final Consumer<String> log;
    private boolean gone;

    private DevDatabase(DatabaseUrl server, String name, int major, Consumer<String> log) {
        this.server = server;
        this.name = name;
        this.major = major;
        this.log = log;
    }



    /**
     * Creates a dev database on the server {@code server} points at (its database is only where CREATE DATABASE
     * runs), after dropping that server's leftovers.
     *
     * @param requiredMajor the target's major version, or 0 when there is no target to match
     * @throws RetortException when the server is unreachable, of another major, or refuses to create databases
     */
    public static DevDatabase create(DatabaseUrl server, int requiredMajor, Consumer<String> log) {
        return open(server, requiredMajor, false, log);
    }

    /**
     * As {@link #create}, but claims an idle database that {@link #release()} kept, when the server has one.
     */
    public static DevDatabase obtain(DatabaseUrl server, int requiredMajor, Consumer<String> log) {
        return open(server, requiredMajor, true, log);
    }

    private static String newName(String prefix) {
        StringBuilder name = new StringBuilder(prefix).append(Instant.now().getEpochSecond()).append('_');
        for (int i = 0; i < 8; i++) {
            name.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return name.toString();
    }

    private static DevDatabase open(DatabaseUrl server, int requiredMajor, boolean reuse, Consumer<String> log) {
        String name = newName(PREFIX);
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
            List<String> idle = dropLeftovers(s, log);
            String claimed = reuse ? claim(s, idle, name) : null;
            if (claimed != null) {
                log.accept("reused dev database " + claimed + " as " + name + " on " + server.withDatabase(null));
            } else {
                // template0: nothing a DBA added to template1 may appear in the snapshot; the server's own encoding.
                s.execute("CREATE DATABASE " + name + " TEMPLATE template0");
                log.accept("created dev database " + name + " on " + server.withDatabase(null));
            }
            DevDatabase db = new DevDatabase(server, name, major, log);
            Progress.of(log).scratchOpened(db);
            return db;
        } catch (SQLException e) {
            throw new RetortException("cannot create a dev database on " + server + ": " + e.getMessage()
                    + " (Retort needs a role that may CREATE DATABASE there; --dev-url names another server, "
                    + "--dev-url embedded starts one)", e);
        }
    }

    /** Renames the first idle database it can to {@code name}; null when there is none to claim. */
    private static String claim(Statement s, List<String> idle, String name) {
        for (String candidate : idle) {
            try {
                s.execute("ALTER DATABASE " + candidate + " RENAME TO " + name);
                return candidate;
            } catch (SQLException e) {
                // claimed by another run first, or still in use: try the next
            }
        }
        return null;
    }

    /**
     * Drops dev databases older than {@link #LEFTOVER_AGE} (one in use, a live run's, is skipped, not forced) and
     * idle ones older than {@link #IDLE_AGE}; returns the idle ones left, newest first.
     */
    private static List<String> dropLeftovers(Statement s, Consumer<String> log) throws SQLException {
        List<String> old = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        Instant now = Instant.now();
        try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database"
                + " WHERE datname LIKE 'retort\\_dev\\_%' OR datname LIKE 'retort\\_idle\\_%' ORDER BY datname DESC")) {
            while (rs.next()) {
                Matcher m = NAME.matcher(rs.getString(1));
                if (!m.matches()) {
                    continue;
                }
                boolean isIdle = m.group().startsWith(IDLE_PREFIX);
                long cutoff = now.minus(isIdle ? IDLE_AGE : LEFTOVER_AGE).getEpochSecond();
                if (Long.parseLong(m.group(1)) < cutoff) {
                    old.add(m.group());
                } else if (isIdle) {
                    idle.add(m.group());
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
        return idle;
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

    /**
     * Drops the database (forcing out any session still in it). It is reported done only once the drop is done,
     * and drops are synchronized: a {@code Retort.close()} meanwhile (Ctrl-C) waits for it rather than leave it
     * behind.
     */
    @Override
    public synchronized void close() {
        if (gone) {
            return;
        }
        try {
            drop();
        } finally {
            unlist();
        }
    }

    /**
     * For a database nothing was ever committed to, which no session uses any more: keeps it, renamed idle, for
     * {@link #obtain} to claim, unless the server already keeps {@link #IDLE_KEPT}; else, or when the rename fails,
     * drops it.
     */
    public synchronized void release() {
        if (gone) {
            return;
        }
        try {
            keepOrDrop();
        } finally {
            unlist();
        }
    }

    private void keepOrDrop() {
        String idle = newName(IDLE_PREFIX);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM pg_database WHERE datname LIKE 'retort\\_idle\\_%'")) {
                rs.next();
                if (rs.getInt(1) < IDLE_KEPT) {
                    s.execute("ALTER DATABASE " + name + " RENAME TO " + idle);
                    gone = true;
                    log.accept("kept dev database " + name + " for reuse as " + idle);
                    return;
                }
            }
        } catch (SQLException e) {
            log.accept("could not keep dev database " + name + " for reuse: " + e.getMessage());
        }
        drop();
    }

    private void unlist() {
        Progress.of(log).scratchClosed(this);
    }

    private void drop() {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            gone = true;
            log.accept("dropped dev database " + name);
        } catch (SQLException e) {
            throw new RetortException("could not drop the dev database " + name + " on " + server.withDatabase(null)
                    + ": " + e.getMessage() + " (drop it by hand)", e);
        }
    }
}
