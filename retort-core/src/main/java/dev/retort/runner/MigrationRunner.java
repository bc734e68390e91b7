package dev.retort.runner;

import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.progress.Progress;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.revision.RevisionTarget;
import dev.retort.sql.ServerError;
import dev.retort.sql.SqlStatement;
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
import org.postgresql.PGConnection;

/**
 * Applies, reverts and stamps revisions on a database. Every run holds the {@link AdvisoryLock} of its version-table
 * schema (waiting at most {@link RunSettings#advisoryLockTimeout()}), re-reads the heads under it, refuses an
 * applied part of the graph that differs from what the history recorded (see {@link #repair}) and an unfinished
 * no-transaction revision in the journal (see {@link #resume}), and runs in one transaction by default
 * ({@link TransactionMode}) with the {@link RunSettings}' lock and statement timeouts; a failed statement rolls back
 * what the current transaction did and is reported with its file and line, and what it waited for.
 */
public final class MigrationRunner {
    private final Connector url;
    private final RevisionGraph graph;
    private final VersionTable table;
    private final TransactionMode mode;
    private final RunSettings settings;
    private final Consumer<String> log;
    private final Object activity = new Object();
    private Connection active; // guarded by activity
    private volatile boolean cancelled;

    public MigrationRunner(DatabaseUrl url, RevisionGraph graph, VersionTable table, TransactionMode mode,
                           Consumer<String> log) {
        this(Connector.of(url), graph, table, mode, RunSettings.DEFAULTS, log);
    }

    public MigrationRunner(DatabaseUrl url, RevisionGraph graph, VersionTable table, TransactionMode mode,
                           RunSettings settings, Consumer<String> log) {
        this(Connector.of(url), graph, table, mode, settings, log);
    }

    /** A runner on the database {@code database} connects to; {@code log} may be a {@link Progress}. */
    public MigrationRunner(Connector database, RevisionGraph graph, VersionTable table, TransactionMode mode,
                           RunSettings settings, Consumer<String> log) {
        this.url = database;
        this.graph = graph;
        this.table = table;
        this.mode = mode;
        this.settings = settings;
        this.log = log;
    }

    /**
     * Asks the server to cancel the statement this runner is running, if any (from another thread: a signal
     * handler), so no lock request stays queued on the server; the run then fails, rolls back what its current
     * transaction did and releases its advisory lock. Later runs of this runner are refused.
     */
    public void cancel() {
        cancelled = true;
        synchronized (activity) {
            if (active != null) {
                try {
                    active.unwrap(PGConnection.class).cancelQuery();
                } catch (SQLException e) {
                    // The connection is gone already: so is everything it was waiting for.
                }
            }
        }
    }

    /** Waits until this runner holds no connection (after {@link #cancel()}), at most {@code timeout}. */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (activity) {
            while (active != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                activity.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
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

    /** The no-transaction revisions a run started and did not finish (the journal); writes nothing. */
    public List<VersionTable.JournalEntry> interrupted() {
        return withConnection(table::readJournal);
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
            for (VersionTable.JournalEntry entry : table.readJournal(c)) {
                sql.add(table.journalClear(entry.revision()));
                log.accept("cleared the record of the interrupted " + entry.direction().sqlName() + " of "
                        + entry.revision() + " (" + entry.finished() + " of " + entry.statements() + " statements had finished)");
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

    /**
     * Finishes a no-transaction revision a run left halfway (see the journal in docs/revisions.md): runs its
     * statements after the last one recorded as finished, then records the revision as applied (or reverted).
     * Refused when the file changed since the interrupted run, or when the journal has no entry for it.
     */
    public RunResult resume(String reference) {
        return locked(c -> {
            c.setAutoCommit(false);
            table.create(c);
            c.commit();
            List<String> heads = table.readHeads(c);
            checkKnown(heads);
            RevisionScript script = graph.resolve(reference);
            VersionTable.JournalEntry entry = table.readJournal(c).stream()
                    .filter(e -> e.revision().equals(script.id())).findFirst()
                    .orElseThrow(() -> new MigrationException("revision " + script.id() + " has no interrupted run to "
                            + "resume on " + url + " (only a -- migrate:no-transaction revision that stopped halfway has)"));
            String checksum = script.checksum();
            if (!entry.checksum().equals(checksum)) {
                throw new MigrationException("refusing to resume " + script.id() + ": " + script.file() + " changed since "
                        + "the interrupted run (checksum " + shortChecksum(entry.checksum()) + ", now "
                        + shortChecksum(checksum) + "), so which statements ran cannot be told. Restore the file, or "
                        + "finish by hand and record the result with 'retort stamp'.");
            }
            Set<String> applied = new java.util.LinkedHashSet<>(graph.ancestorsOf(heads));
            if (entry.direction() == Direction.UPGRADE) {
                applied.add(script.id());
            } else {
                applied.remove(script.id());
            }
            RevisionPath.Step step = new RevisionPath.Step(script, entry.direction(), heads, graph.headsOf(applied));
            log.accept("resuming " + step.direction().sqlName() + " " + step.arrow() + " (" + script.file().getFileName()
                    + ") after statement " + entry.finished() + " of " + entry.statements());
            c.setAutoCommit(true);
            try (LockWatch watch = watch(c)) {
                runStep(c, step, 0, 0, entry.finished(), watch, List.of(), List.of());
            }
            return new RunResult(heads, step.headsAfter(), List.of(script.id()));
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
        checkJournal(c);
        List<ChecksumMismatch> changed = mismatches(c, heads);
        if (!changed.isEmpty()) {
            throw new MigrationException(describeMismatches(changed, table.lastDirections(c), graph));
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
        try (LockWatch watch = watch(c)) {
            int number = 0;
            int steps = plan.steps().size();
            for (RevisionPath.Step step : plan.steps()) {
                number++;
                String id = step.script().id();
                if (!step.inOneTransaction()) {
                    c.commit();
                    committed.addAll(pending);
                    pending.clear();
                    c.setAutoCommit(true);
                    runStep(c, step, number, steps, 0, watch, committed, pending);
                    committed.add(id);
                    c.setAutoCommit(false);
                } else {
                    runStep(c, step, number, steps, 0, watch, committed, pending);
                    pending.add(id);
                    if (mode == TransactionMode.PER_REVISION) {
                        c.commit();
                        committed.addAll(pending);
                        pending.clear();
                    }
                }
            }
        }
        c.commit();
        List<String> done = plan.steps().stream().map(s -> s.script().id()).toList();
        return new RunResult(heads, plan.endHeads(), done);
    }

    private LockWatch watch(Connection c) throws SQLException {
        return new LockWatch(url, c.unwrap(PGConnection.class).getBackendPID(), settings.lockTimeout(), log);
    }

    /**
     * Runs a step's statements from index {@code from} and records it. A step not in one transaction (the
     * connection is in autocommit: a no-transaction revision, or one split by autocommit statements) is journaled:
     * with its first statement, after each autocommit statement and with each stretch of transactional statements,
     * then its bookkeeping and the journal's removal commit together. {@code number} of {@code steps} is its place in the run (0 of 0 when resuming).
     */
    private void runStep(Connection c, RevisionPath.Step step, int number, int steps, int from, LockWatch watch,
                         List<String> committed, List<String> pending) throws SQLException {
        RevisionScript script = step.script();
        boolean journaled = !step.inOneTransaction();
        Progress progress = Progress.of(log);
        if (from == 0) {
            progress.revisionStarted(script.id(), step.direction().sqlName(), step.arrow(), script.file(),
                    script.summary(), !journaled, number, steps);
        }
        List<SqlStatement> statements = step.statements();
        long started = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            // A revision split by autocommit statements runs the stretches between them in transactions of their
            // own; the journal's progress commits with each stretch, so it always counts what is applied. The
            // journal entry itself is written with the first statement: a first stretch that fails leaves nothing.
            boolean resuming = number == 0;
            boolean journalStarted = !journaled || resuming;
            boolean journalDurable = resuming; // committed: the next run sees it
            int index = from;
            int applied = from;
            try {
                for (; index < statements.size(); index++) {
                    SqlStatement statement = statements.get(index);
                    boolean transaction = journaled && step.inTransaction(statement);
                    if (journaled && transaction == c.getAutoCommit()) {
                        if (!transaction) {
                            s.execute(table.journalProgress(script.id(), index));
                            c.commit();
                            applied = index;
                            journalDurable = true;
                        }
                        c.setAutoCommit(!transaction);
                    }
                    if (!journalStarted) {
                        s.execute(table.journalStart(script.id(), step.direction(), script.checksum(), statements.size()));
                        journalStarted = true;
                        journalDurable = c.getAutoCommit();
                    }
                    long at = System.nanoTime();
                    watch.statementStarted();
                    try {
                        if (!transaction && journaled) {
                            InvalidIndexes.dropBeforeRetry(s, statement.sql(), resuming && index == from, log);
                        }
                        s.execute(statement.sql());
                    } finally {
                        watch.statementEnded();
                    }
                    progress.statementExecuted(script.id(), statement.line(), statement.sql(),
                            Duration.ofNanos(System.nanoTime() - at));
                    if (journaled && !transaction) {
                        s.execute(table.journalProgress(script.id(), index + 1));
                        applied = index + 1;
                    }
                }
            } catch (SQLException e) {
                String invalid = null;
                if (journaled) {
                    if (!c.getAutoCommit()) {
                        c.rollback(); // the stretch in progress, so the catalog can be read below
                    }
                    try {
                        invalid = InvalidIndexes.leftBy(s, statements.get(index).sql());
                    } catch (SQLException lost) {
                        // The connection is gone (the session was killed): the message says what is known.
                    }
                }
                throw new MigrationException(failure(step, index, journalDurable ? applied : -1, e, watch, committed,
                        pending, invalid), e, isLockTimeout(e) && !journaled);
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (journaled) {
                c.setAutoCommit(false);
            }
            for (String sql : table.moveHeads(step.headsBefore(), step.headsAfter())) {
                s.execute(sql);
            }
            String checksum = step.direction() == Direction.UPGRADE ? script.checksum() : null;
            s.execute(table.historyInsert(script.id(), step.direction(), checksum, ms));
            if (journaled) {
                s.execute(table.journalClear(script.id()));
                c.commit();
                c.setAutoCommit(true);
            }
            progress.revisionFinished(script.id(), step.direction().sqlName(), Duration.ofMillis(ms), number, steps);
        }
    }

    static boolean isLockTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("lock timeout");
    }

    private static boolean isStatementTimeout(SQLException e) {
        return "57014".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("statement timeout");
    }

    private String failure(RevisionPath.Step step, int index, int applied, SQLException e, LockWatch watch,
                           List<String> committed, List<String> pending, String invalidIndex) {
        RevisionScript script = step.script();
        SqlStatement st = step.statements().get(index);
        ServerError server = ServerError.of(e);
        StringBuilder sb = new StringBuilder();
        sb.append(script.file()).append(':').append(server == null ? st.line() : server.line(st.sql(), st.line()))
                .append(": ").append(step.direction().sqlName())
                .append(" of revision ").append(script.id()).append(" failed: ");
        if (isLockTimeout(e)) {
            String holder = watch.lastSeen();
            sb.append("waited ").append(RunSettings.describe(settings.lockTimeout())).append(" (the lock timeout) for ")
                    .append(holder != null ? holder : "a lock (its holder was not seen: it let go as the wait ended)");
        } else if (isStatementTimeout(e)) {
            sb.append("the statement ran longer than the statement timeout of ")
                    .append(RunSettings.describe(settings.statementTimeout()));
        } else if (cancelled && "57014".equals(e.getSQLState())) {
            sb.append("cancelled on request (interrupted)");
        } else {
            sb.append(ServerError.describe(e));
        }
        sb.append("\n  in the statement starting at line ").append(st.line()).append(": ")
                .append(firstLine(st.sql()));
        if (invalidIndex != null) {
            sb.append("\n  The failed CREATE INDEX CONCURRENTLY left the index ").append(invalidIndex).append(" INVALID: ")
                    .append("PostgreSQL keeps it up to date on writes but never reads it. 'retort repair ")
                    .append(script.id()).append(" --resume' drops it (concurrently) before building it again.");
        }
        if (applied < 0) {
            sb.append("\n  Rolled back the first transaction of this revision (statements 1-").append(index + 1)
                    .append(", before its first -- migrate:autocommit statement): nothing of it stays applied, and ")
                    .append("the next run starts it again.");
        } else if (!step.inOneTransaction()) {
            int n = step.statements().size();
            sb.append(script.transactional()
                    ? "\n  This revision runs partly outside a transaction (-- migrate:autocommit statements): "
                    : "\n  This revision runs outside a transaction (-- migrate:no-transaction): ")
                    .append(applied == 0 ? "none of its " + n + " statements had finished"
                            : "its first " + applied + " of " + n + " statements stay applied")
                    .append(applied < index ? " (statements " + (applied + 1) + "-" + index + " were rolled back with "
                            + "the failed one's transaction)" : "")
                    .append(", and the version table was not updated. The next run refuses until this is settled: ")
                    .append("fix the cause, then 'retort repair ").append(script.id()).append(" --resume' runs statements ")
                    .append(applied + 1).append(n > applied + 1 ? "-" + n : "").append(", or fix the database by hand and ")
                    .append("'retort stamp' the revision it is at.");
        } else if (step.inOneTransaction()) {
            sb.append("\n  Rolled back").append(pending.isEmpty() ? " this revision" : " this revision and "
                    + String.join(", ", pending)).append(".");
        }
        if (committed.isEmpty()) {
            if (step.inOneTransaction() || applied < 0) {
                sb.append(" Nothing was applied: the database is as it was before the run.");
            }
        } else {
            sb.append(" Committed before the failure, and still applied: ").append(String.join(", ", committed)).append('.');
        }
        return sb.toString();
    }

    /** Refuses to run while a no-transaction revision is recorded as started and not finished. */
    private void checkJournal(Connection c) throws SQLException {
        List<VersionTable.JournalEntry> entries = table.readJournal(c);
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("refusing to run: ");
        for (VersionTable.JournalEntry e : entries) {
            RevisionScript script = graph.contains(e.revision()) ? graph.get(e.revision()) : null;
            List<SqlStatement> statements = script == null ? List.of()
                    : e.direction() == Direction.UPGRADE ? script.upgrade() : script.downgrade();
            sb.append("the ").append(e.direction().sqlName()).append(" of revision ").append(e.revision());
            if (script != null) {
                sb.append(" (").append(script.file()).append(')');
            }
            sb.append(", which runs outside a transaction, was interrupted (started ").append(e.startedAt())
                    .append(" by ").append(e.startedBy()).append(").");
            if (e.finished() == 0) {
                sb.append("\n  No statement is known to have finished.");
            } else {
                sb.append("\n  Known to have run: statements 1").append(e.finished() > 1 ? "-" + e.finished() : "")
                        .append(" of ").append(e.statements());
                if (statements.size() >= e.finished()) {
                    sb.append(" (the last at line ").append(statements.get(e.finished() - 1).line()).append(": ")
                            .append(firstLine(statements.get(e.finished() - 1).sql())).append(')');
                }
                sb.append('.');
            }
            if (e.finished() < e.statements()) {
                sb.append("\n  Statement ").append(e.finished() + 1);
                if (statements.size() > e.finished()) {
                    sb.append(" (line ").append(statements.get(e.finished()).line()).append(": ")
                            .append(firstLine(statements.get(e.finished()).sql())).append(')');
                }
                sb.append(" was running or about to run: it may or may not have taken effect")
                        .append(e.finished() + 1 < e.statements() ? "; the later ones did not run." : ".");
            }
            sb.append("\n  Check the database, then either continue after the last finished statement with: retort repair ")
                    .append(e.revision()).append(" --resume\n  or, after fixing it by hand, record where it is with 'retort stamp' ")
                    .append("(the revision, or its parent).\n");
        }
        throw new MigrationException(sb.toString().stripTrailing());
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

    /**
     * Applied revisions whose file's SQL differs from what was applied, and revisions in the applied part of the
     * graph (the ancestors of the version table's heads) that the history never saw applied ({@code recorded}
     * null): inserted between applied revisions, or an applied one renamed, by editing headers.
     */
    private List<ChecksumMismatch> mismatches(Connection c, List<String> heads) throws SQLException {
        checkKnown(heads);
        Map<String, String> recorded = table.recordedChecksums(c);
        List<ChecksumMismatch> out = new ArrayList<>();
        for (String id : graph.sorted(graph.ancestorsOf(heads))) {
            String was = recorded.get(id);
            if (was == null || !was.equals(graph.get(id).checksum())) {
                out.add(new ChecksumMismatch(graph.get(id), was));
            }
        }
        return out;
    }

    static String describeMismatches(List<ChecksumMismatch> changed, Map<String, Direction> history, RevisionGraph graph) {
        List<ChecksumMismatch> edited = changed.stream().filter(m -> m.recorded() != null).toList();
        List<ChecksumMismatch> unseen = changed.stream().filter(m -> m.recorded() == null).toList();
        StringBuilder sb = new StringBuilder("refusing to run: the applied part of the revision graph was changed since "
                + "it was applied:");
        for (ChecksumMismatch m : edited) {
            sb.append("\n  ").append(m.script().id()).append(" (").append(m.script().file()).append("): applied with checksum ")
                    .append(shortChecksum(m.recorded())).append(", the file now has ").append(shortChecksum(m.script().checksum()));
        }
        // Revisions the history holds as applied that no file has any more: with the checksum, a rename shows.
        List<String> vanished = history.entrySet().stream()
                .filter(e -> e.getValue() != Direction.DOWNGRADE && e.getValue() != Direction.UNSTAMP)
                .map(Map.Entry::getKey).filter(id -> !graph.contains(id)).sorted().toList();
        for (ChecksumMismatch m : unseen) {
            sb.append("\n  ").append(m.script().id()).append(" (").append(m.script().file()).append(") is below the "
                    + "database's current revision, but the history has no record of it being applied: its 'Revises:' "
                    + "(or a child's) was edited to put it there, or its id was renamed");
        }
        if (!vanished.isEmpty()) {
            sb.append("\n  the history records as applied ").append(String.join(", ", vanished))
                    .append(", which no file in the migrations directory has (renamed or deleted?)");
        }
        sb.append("\nRestore the files as they were applied, and put new changes in new revisions on top of the head.");
        if (!edited.isEmpty()) {
            sb.append(" If an edit is intended (the database already has its effect, or it only changes comments), "
                    + "accept it with: retort repair ")
                    .append(String.join(" ", edited.stream().map(m -> m.script().id()).toList())).append('.');
        }
        if (!unseen.isEmpty()) {
            sb.append(" If the database already has what ").append(String.join(", ", unseen.stream().map(m -> m.script().id()).toList()))
                    .append(unseen.size() == 1 ? " does" : " do").append(" (applied by hand), accept ")
                    .append(unseen.size() == 1 ? "it" : "them").append(" with: retort repair ")
                    .append(String.join(" ", unseen.stream().map(m -> m.script().id()).toList())).append('.');
        }
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
            Consumer<String> waiting = line -> Progress.of(log).waitingForLock(table.schema(), line);
            try (AdvisoryLock lock = AdvisoryLock.acquire(c, table.schema(), settings.advisoryLockTimeout(), waiting)) {
                applySettings(c);
                for (int attempt = 0; ; attempt++) {
                    try {
                        return work.run(c);
                    } catch (SQLException | RuntimeException e) {
                        if (!c.getAutoCommit()) {
                            c.rollback();
                        }
                        if (!(e instanceof MigrationException m && m.retryable()) || attempt >= settings.lockRetries()
                                || cancelled) {
                            throw e;
                        }
                        long pause = Math.min(30_000L, 1000L << attempt);
                        log.accept("lock timeout; rolled back, retry " + (attempt + 1) + " of " + settings.lockRetries()
                                + " in " + RunSettings.describe(java.time.Duration.ofMillis(pause)));
                        try {
                            Thread.sleep(pause);
                        } catch (InterruptedException ie) {
                            Thread.currentThread().interrupt();
                            throw e;
                        }
                    }
                }
            }
        });
    }

    /** The run's lock and statement timeouts, for the rest of the session. */
    private void applySettings(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = " + settings.lockTimeout().toMillis());
            if (!settings.statementTimeout().isZero()) {
                s.execute("SET statement_timeout = " + settings.statementTimeout().toMillis());
            }
        }
    }

    private <T> T withConnection(Work<T> work) {
        if (cancelled) {
            throw new MigrationException("cancelled: not connecting to " + url);
        }
        Connection c;
        try {
            c = url.connect();
        } catch (SQLException e) {
            throw new MigrationException("cannot connect to " + url + ": " + DatabaseUrl.redact(String.valueOf(e.getMessage())), e);
        }
        synchronized (activity) {
            active = c;
        }
        try (c) {
            return work.run(c);
        } catch (SQLException e) {
            if (cancelled && "57014".equals(e.getSQLState())) {
                throw new MigrationException("cancelled on request (interrupted) on " + url + "; nothing of the "
                        + "interrupted transaction was applied", e);
            }
            throw new MigrationException("database error on " + url + ": " + e.getMessage(), e);
        } finally {
            synchronized (activity) {
                active = null;
                activity.notifyAll();
            }
        }
    }
}
