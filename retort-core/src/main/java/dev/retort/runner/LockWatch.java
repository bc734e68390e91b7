package dev.retort.runner;

import dev.retort.connection.Connector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches, from a second connection opened only when a statement runs long, what the run's session waits for:
 * once PostgreSQL has cancelled a statement for its lock timeout the wait is gone, so who held the lock must be
 * seen while it lasts. Says once per statement through {@code log} what it waits for.
 */
final class LockWatch implements AutoCloseable {
    private static final String BLOCKER_SQL = """
            SELECT CASE w.locktype
                     WHEN 'relation' THEN 'a lock on ' || w.relation::regclass::text
                     WHEN 'tuple' THEN 'a row lock on ' || w.relation::regclass::text
                     WHEN 'transactionid' THEN 'a row lock (until transaction ' || w.transactionid || ' ends)'
                     ELSE 'a ' || w.locktype || ' lock' END
                   || ' (' || w.mode || ') held by pid ' || b.pid || ' ('
                   || coalesce('application ''' || nullif(b.application_name, '') || ''', ', '')
                   || 'user ' || coalesce(b.usename, '?') || ', ' || coalesce(b.state, '?')
                   || coalesce(', query started ' || extract(epoch FROM now() - b.query_start)::bigint || ' s ago: '
                               || left(regexp_replace(b.query, '\\s+', ' ', 'g'), 80), '') || ')'
            FROM pg_locks w
            CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)
            JOIN pg_stat_activity b ON b.pid = bp.pid
            WHERE w.pid = ? AND NOT w.granted
            ORDER BY b.query_start NULLS LAST
            LIMIT 1""";

    private final Connector url;
    private final int pid;
    private final Duration firstLook;
    private final Consumer<String> log;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> task;
    private Connection monitor; // used on the timer thread only
    private volatile String seen;
    private volatile boolean said;

    LockWatch(Connector url, int pid, Duration lockTimeout, Consumer<String> log) {
        this.url = url;
        this.pid = pid;
        long ms = lockTimeout.isZero() ? 1000 : Math.max(20, Math.min(1000, lockTimeout.toMillis() / 3));
        this.firstLook = Duration.ofMillis(ms);
        this.log = log;
    }

    synchronized void statementStarted() {
        seen = null;
        said = false;
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "retort-lock-watch");
                t.setDaemon(true);
                return t;
            });
        }
        task = timer.scheduleWithFixedDelay(this::look, firstLook.toMillis(), 500, TimeUnit.MILLISECONDS);
    }

    synchronized void statementEnded() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** What the session last waited for, or null when it was not seen waiting. */
    String lastSeen() {
        return seen;
    }

    private void look() {
        try {
            if (monitor == null) {
                monitor = url.connect();
            }
            try (PreparedStatement ps = monitor.prepareStatement(BLOCKER_SQL)) {
                ps.setInt(1, pid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        seen = rs.getString(1);
                        if (!said) {
                            said = true;
                            log.accept("waiting for " + seen);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            // Watching is best effort: the run itself reports its own errors.
        }
    }

    @Override
    public synchronized void close() {
        statementEnded();
        if (timer != null) {
            timer.execute(() -> {
                try {
                    if (monitor != null) {
                        monitor.close();
                    }
                } catch (SQLException e) {
                    // closing a monitoring connection that already died
                }
            });
            timer.shutdown();
        }
    }
}
