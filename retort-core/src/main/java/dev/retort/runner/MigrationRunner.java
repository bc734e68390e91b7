package dev.retort.runner;

import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.progress.Progress;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.revision.RevisionTarget;
import dev.retort.revision.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.util.PSQLException;

/**
 * Applies, reverts and stamps revisions on a database. Every run holds the {@link AdvisoryLock} of its version-table
 * schema, re-reads the heads under it, refuses applied revisions whose file changed since (see {@link #repair}),
 * and runs in one transaction by default ({@link TransactionMode}); a failed statement rolls back what the
 * current transaction did and is reported with its file and line.
 */
public final class MigrationRunner {
    private final Connector url;
    private final RevisionGraph graph;
    private final VersionTable table;
    private final TransactionMode mode;
    private final Consumer<String> log;

    public MigrationRunner(DatabaseUrl url, RevisionGraph graph, VersionTable table, TransactionMode mode,
                           Consumer<String> log) {
        this(Connector.of(url), graph, table, mode, log);
    }

    /** A runner on the database {@code database} connects to; {@code log} may be a {@link Progress}. */
    public MigrationRunner(Connector database, RevisionGraph graph, VersionTable table, TransactionMode mode,
                           Consumer<String> log) {
        this.url = database;
        this.graph = graph;
        this.table = table;
        this.mode = mode;
        this.log = log;
    }

    /** What a run did. */
    public record RunResult(List<String> headsBefore, List<String> headsAfter, List<String> revisions) {
    }

    /** A revision applied with other SQL than its file now holds. */
    public record ChecksumMismatch(RevisionScript script, String recorded) {
    }

    public RunResult upgrade(RevisionTarget target) {
        return locked(c -> run(c, heads -> RevisionPath.upgrade(graph, heads, graph.upgradeGoal(target, heads))));
    }

    public RunResult downgrade(RevisionTarget target) {
        return locked(c -> run(c, heads -> RevisionPath.downgrade(graph, heads, graph.downgradeGoal(target, heads))));
    }

    /** The heads stored in the version table (empty when nothing was ever applied); does not create the tables. */
    public List<String> current() {
        return withConnection(table::readHeads);
    }

    /** Applied revisions whose file's SQL changed since they were applied (or last repaired). */
    public List<ChecksumMismatch> changedRevisions() {
        return withConnection(c -> mismatches(c, table.readHeads(c)));
    }

    /**
     * Sets the version table to {@code target} without running any SQL: its heads become those of the target, and
     * each revision that became (or stopped being) applied gets a {@code stamp} ({@code unstamp}) history row.
     */
    public RunResult stamp(RevisionTarget target) {
        return locked(c -> {
            c.setAutoCommit(false);
            table.create(c);
            List<String> before = table.readHeads(c);
            Set<String> wasApplied = graph.ancestorsOf(before.stream().filter(graph::contains).toList());
            Set<String> goal;
            if (target instanceof RevisionTarget.Relative r) {
                checkKnown(before);
                goal = r.steps() > 0 ? graph.upgradeGoal(target, before) : graph.downgradeGoal(target, before);
            } else {
                goal = graph.goal(target);
            }
            Set<String> nowApplied = graph.ancestorsOf(goal);
            List<String> after = graph.headsOf(nowApplied);
            List<String> sql = new ArrayList<>(table.moveHeads(before, after));
            List<String> changed = new ArrayList<>();
            for (String id : graph.sorted(nowApplied)) {
                if (!wasApplied.contains(id)) {
                    sql.add(table.historyInsert(id, Direction.STAMP, graph.get(id).checksum(), null));
                    changed.add(id);
                }
            }
            List<String> unstamped = new ArrayList<>(graph.sorted(wasApplied));
            java.util.Collections.reverse(unstamped);
            for (String id : unstamped) {
                if (!nowApplied.contains(id)) {
                    sql.add(table.historyInsert(id, Direction.UNSTAMP, null, null));
                    changed.add(id);
                }
            }
            try (Statement s = c.createStatement()) {
                for (String each : sql) {
                    s.execute(each);
                }
            }
            c.commit();
            log.accept("stamped " + describe(before) + " -> " + describe(after));
            return new RunResult(before, after, changed);
        });
    }

    /**
     * Accepts on purpose the current file of applied revisions whose SQL changed (Flyway's {@code repair}): records a
     * {@code repair} history row with the file's checksum, so later runs stop refusing them. Runs no migration SQL.
     *
     * @param references revisions to accept (ids, prefixes or labels); ignored when {@code all}
     * @param all        accept every changed revision
     * @return the revisions whose new checksum was recorded
     */
    public List<String> repair(Collection<String> references, boolean all) {
        return locked(c -> {
            c.setAutoCommit(false);
            table.create(c);
            List<String> heads = table.readHeads(c);
            checkKnown(heads);
            Set<String> applied = graph.ancestorsOf(heads);
            List<ChecksumMismatch> changed = mismatches(c, heads);
            List<String> ids = new ArrayList<>();
            if (all) {
                changed.forEach(m -> ids.add(m.script().id()));
            } else {
                for (String ref : references) {
                    RevisionScript s = graph.resolve(ref);
                    if (!applied.contains(s.id())) {
                        throw new MigrationException("revision " + s.id() + " is not applied to " + url + "; only applied revisions can be repaired");
                    }
                    if (changed.stream().noneMatch(m -> m.script().id().equals(s.id()))) {
                        log.accept("revision " + s.id() + " is unchanged; nothing to repair");
                        continue;
                    }
                    ids.add(s.id());
                }
            }
            try (Statement s = c.createStatement()) {
                for (String id : ids) {
                    s.execute(table.historyInsert(id, Direction.REPAIR, graph.get(id).checksum(), null));
                    log.accept("accepted the changed file of " + id + " (" + graph.get(id).file() + ")");
                }
            }
            c.commit();
            return ids;
        });
    }

    // ---- running ---------------------------------------------------------------------------------------------

    private interface Planner {
        RevisionPath plan(List<String> heads);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private RunResult run(Connection c, Planner planner) throws SQLException {
        c.setAutoCommit(false);
        table.create(c);
        List<String> heads = table.readHeads(c);
        checkKnown(heads);
        List<ChecksumMismatch> changed = mismatches(c, heads);
        if (!changed.isEmpty()) {
            throw new MigrationException(describeMismatches(changed));
        }
        RevisionPath plan = planner.plan(heads);
        if (plan.isEmpty()) {
            c.commit();
            log.accept("nothing to do: the database is at " + describe(heads));
            return new RunResult(heads, heads, List.of());
        }
        if (mode == TransactionMode.PER_REVISION) {
            c.commit();
        }
        List<String> committed = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (RevisionPath.Step step : plan.steps()) {
            String id = step.script().id();
            if (!step.script().transactional()) {
                c.commit();
                committed.addAll(pending);
                pending.clear();
                c.setAutoCommit(true);
                runStep(c, step, committed, pending);
                committed.add(id);
                c.setAutoCommit(false);
            } else {
                runStep(c, step, committed, pending);
                pending.add(id);
                if (mode == TransactionMode.PER_REVISION) {
                    c.commit();
                    committed.addAll(pending);
                    pending.clear();
                }
            }
        }
        c.commit();
        List<String> done = plan.steps().stream().map(s -> s.script().id()).toList();
        return new RunResult(heads, plan.endHeads(), done);
    }

    private void runStep(Connection c, RevisionPath.Step step, List<String> committed, List<String> pending) throws SQLException {
        RevisionScript script = step.script();
        Progress progress = Progress.of(log);
        progress.revisionStarted(script.id(), step.direction().sqlName(), step.arrow(), script.file(),
                script.summary(), script.transactional());
        long started = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            SqlStatement current = null;
            try {
                for (SqlStatement st : step.statements()) {
                    current = st;
                    long at = System.nanoTime();
                    s.execute(st.sql());
                    progress.statementExecuted(script.id(), st.line(), st.sql(), Duration.ofNanos(System.nanoTime() - at));
                }
            } catch (SQLException e) {
                throw new MigrationException(failure(step, current, e, committed, pending), e);
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            for (String sql : table.moveHeads(step.headsBefore(), step.headsAfter())) {
                s.execute(sql);
            }
            String checksum = step.direction() == Direction.UPGRADE ? script.checksum() : null;
            s.execute(table.historyInsert(script.id(), step.direction(), checksum, ms));
            progress.revisionFinished(script.id(), step.direction().sqlName(), Duration.ofMillis(ms));
        }
    }

    private String failure(RevisionPath.Step step, SqlStatement st, SQLException e, List<String> committed,
                           List<String> pending) {
        RevisionScript script = step.script();
        StringBuilder sb = new StringBuilder();
        sb.append(script.file()).append(':').append(errorLine(st, e)).append(": ").append(step.direction().sqlName())
                .append(" of revision ").append(script.id()).append(" failed: ").append(serverMessage(e));
        sb.append("\n  in the statement starting at line ").append(st.line()).append(": ")
                .append(firstLine(st.sql()));
        if (!script.transactional()) {
            sb.append("\n  This revision runs outside a transaction (-- migrate:no-transaction): the statements "
                    + "before this one stay applied and the version table was not updated; fix the database by hand "
                    + "before running again.");
        } else {
            sb.append("\n  Rolled back").append(pending.isEmpty() ? " this revision" : " this revision and "
                    + String.join(", ", pending)).append(".");
        }
        if (committed.isEmpty()) {
            if (script.transactional()) {
                sb.append(" Nothing was applied: the database is as it was before the run.");
            }
        } else {
            sb.append(" Committed before the failure, and still applied: ").append(String.join(", ", committed)).append('.');
        }
        return sb.toString();
    }

    /** The file line of the error: the statement's line plus the lines before PostgreSQL's error position. */
    static int errorLine(SqlStatement st, SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            int position = p.getServerErrorMessage().getPosition();
            if (position > 0 && position <= st.sql().length()) {
                return st.line() + (int) st.sql().substring(0, position - 1).chars().filter(ch -> ch == '\n').count();
            }
        }
        return st.line();
    }

    /** PostgreSQL's message with its detail and hint, without pgjdbc's "Position: n" (the line says where). */
    static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            org.postgresql.util.ServerErrorMessage m = p.getServerErrorMessage();
            StringBuilder sb = new StringBuilder().append(m.getSeverity()).append(": ").append(m.getMessage());
            if (m.getDetail() != null) {
                sb.append("\n  Detail: ").append(m.getDetail());
            }
            if (m.getHint() != null) {
                sb.append("\n  Hint: ").append(m.getHint());
            }
            return sb.toString();
        }
        return String.valueOf(e.getMessage()).strip();
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        String line = nl < 0 ? sql : sql.substring(0, nl) + " ...";
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }

    private void checkKnown(List<String> heads) {
        for (String head : heads) {
            if (!graph.contains(head)) {
                throw new MigrationException(url + " is at revision " + head + ", which is not in the migrations "
                        + "directory (a deleted file, another branch, or the wrong directory?); "
                        + "'retort stamp' can reset the version table");
            }
        }
    }

    private List<ChecksumMismatch> mismatches(Connection c, List<String> heads) throws SQLException {
        checkKnown(heads);
        Map<String, String> recorded = table.recordedChecksums(c);
        List<ChecksumMismatch> out = new ArrayList<>();
        for (String id : graph.sorted(graph.ancestorsOf(heads))) {
            String was = recorded.get(id);
            if (was != null && !was.equals(graph.get(id).checksum())) {
                out.add(new ChecksumMismatch(graph.get(id), was));
            }
        }
        return out;
    }

    static String describeMismatches(List<ChecksumMismatch> changed) {
        StringBuilder sb = new StringBuilder("refusing to run: ").append(changed.size() == 1 ? "an applied revision's file has"
                : changed.size() + " applied revisions' files have").append(" changed since it was applied:");
        for (ChecksumMismatch m : changed) {
            sb.append("\n  ").append(m.script().id()).append(" (").append(m.script().file()).append("): applied with checksum ")
                    .append(shortChecksum(m.recorded())).append(", the file now has ").append(shortChecksum(m.script().checksum()));
        }
        sb.append("\nRestore the file, or put the change in a new revision. If the edit is intended (the database "
                + "already has its effect, or it only changes comments), accept it with: retort repair ")
                .append(String.join(" ", changed.stream().map(m -> m.script().id()).toList()));
        return sb.toString();
    }

    private static String shortChecksum(String checksum) {
        return checksum.length() <= 12 ? checksum : checksum.substring(0, 12) + "...";
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private <T> T locked(Work<T> work) {
        return withConnection(c -> {
            Consumer<String> waiting = line -> Progress.of(log).waitingForLock(table.schema(),
                    AdvisoryLock.keyFor(table.schema()));
            try (AdvisoryLock lock = AdvisoryLock.acquire(c, table.schema(), waiting)) {
                try {
                    return work.run(c);
                } catch (SQLException | RuntimeException e) {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                    throw e;
                }
            }
        });
    }

    private <T> T withConnection(Work<T> work) {
        Connection c;
        try {
            c = url.connect();
        } catch (SQLException e) {
            throw new MigrationException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
        try (c) {
            return work.run(c);
        } catch (SQLException e) {
            throw new MigrationException("database error on " + url + ": " + e.getMessage(), e);
        }
    }
}
