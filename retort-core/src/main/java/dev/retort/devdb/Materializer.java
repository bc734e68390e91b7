package dev.retort.devdb;

import dev.retort.catalog.Identifiers;
import dev.retort.declared.DeclarationException;
import dev.retort.declared.DeclaredStatement;
import dev.retort.declared.SessionSetting;
import dev.retort.sql.ServerError;
import dev.retort.sql.TransactionControl;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs declared statements in one transaction of a dev database, in few round trips: as JDBC batches of up to
 * {@link #BATCH_ENTRIES} commands (one round trip each; all statements in few batches when the order is right).
 * When a statement fails, the work rolls back to the batch's savepoint, the statements before it run again, and the
 * rest run each inside its own savepoint, so a later failure costs one more round trip instead of aborting
 * everything. Statements that failed for a missing dependency (undefined table, function, type, schema or column)
 * are retried after the others, pass after pass, until a pass makes no progress; what still fails is reported with
 * PostgreSQL's error at the right file and line. Everything runs in one transaction unless the locks it holds
 * grow past a quarter of the server's lock table (every created relation holds a lock until commit, and the table
 * is shared by the whole server): then it commits, and from then on every {@link #LOCK_CHECK_INTERVAL} statements
 * (the dev database is scratch: atomicity buys nothing there). The caller ends the last transaction; an
 * uncommitted one rolls back to nothing, which keeps dropping the database cheap.
 *
 * <p>Which statement of a failed batch failed is read from a temporary sequence that a call after each statement
 * advances, in a second run of that batch: sequences ignore rollbacks, and the driver's batch error does not say
 * (it marks every entry failed). The sequence and its procedure are temporary objects, which inspection never sees.
 */
public final class Materializer {
    /** SQLSTATEs meaning "something this statement needs does not exist (yet)". */
    static final Set<String> MISSING_DEPENDENCY = Set.of("42P01", "42883", "42704", "3F000", "42703", "42P02");
    /** Below the driver's 256 commands, after which it reads results mid-batch and loses the failing entry. */
    static final int BATCH_ENTRIES = 240;
    /**
     * Statements between two looks at the locks held; a statement takes up to ~8 (relation, TOAST table and index,
     * indexes, sequences), so the budget is overrun by at most ~1,600 between looks.
     */
    static final int LOCK_CHECK_INTERVAL = 200;
    /** Errors listed in full; the rest are counted. */
    static final int ERRORS_SHOWN = 20;

    private final Connection connection;
    private final List<DeclaredStatement> declared;
    /** The declared statements less the settings, which become part of {@link #commands} instead. */
    private final List<DeclaredStatement> statements = new ArrayList<>();
    /** For each of {@link #statements}, the settings its file made before it: name to value. */
    private final List<Map<String, String>> settings = new ArrayList<>();
    /** Each setting's value outside the files, restored after every statement that changed it. */
    private final Map<String, String> outside = new LinkedHashMap<>();
    /** Commands a statement takes in a batch: 1, or 3 when settings are made around it. */
    private int width = 1;
    private final Runnable beforeCommit;
    private final Map<Integer, SQLException> errors = new LinkedHashMap<>();
    private int roundTrips;
    private int passes;
    private int commits;
    private boolean marking;
    private int sinceCheck;
    private long lockBudget;

    /**
     * How the run went: statements run, passes over deferred statements, round trips (batches, lock checks,
     * commits), and commits (0: all of it is still in the caller's transaction).
     */
    public record Stats(int statements, int retryPasses, int roundTrips, int commits) {
    }

    private Materializer(Connection connection, List<DeclaredStatement> statements, Runnable beforeCommit) {
        this.connection = connection;
        this.declared = statements;
        this.beforeCommit = beforeCommit;
    }

    /**
     * Runs the statements on {@code connection} (autocommit off).
     *
     * @throws DeclarationException listing every statement that never succeeded
     * @throws SQLException         when the connection itself fails
     */
    public static Stats run(Connection connection, List<DeclaredStatement> statements) throws SQLException {
        return run(connection, statements, () -> { });
    }

    /** As {@link #run(Connection, List)}, telling {@code beforeCommit} each time it is about to commit. */
    public static Stats run(Connection connection, List<DeclaredStatement> statements, Runnable beforeCommit)
            throws SQLException {
        Materializer m = new Materializer(connection, statements, beforeCommit);
        m.run();
        return new Stats(statements.size(), m.passes, m.roundTrips, m.commits);
    }

    private void run() throws SQLException {
        readSettings();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            all.add(i);
        }
        List<Integer> deferred = runAll(all);
        while (!deferred.isEmpty()) {
            passes++;
            int before = deferred.size();
            deferred = runGuarded(deferred);
            if (deferred.size() == before) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new DeclarationException(report());
        }
    }

    /**
     * Separates the settings from the statements. A file's settings (pg_dump's {@code SET search_path},
     * {@code SET check_function_bodies = false}, {@code set_config(...)}) hold for its statements after them, and
     * for no other file: since statements are batched and retried out of file order, each statement that has
     * settings runs between a call making them and one restoring the values outside the files.
     */
    private void readSettings() throws SQLException {
        Map<String, String> current = new LinkedHashMap<>();
        Object source = null;
        for (DeclaredStatement s : declared) {
            TransactionControl control = TransactionControl.of(s.sql());
            if (control != null) {
                String word = s.sql().strip().split("[\\s;(]+", 2)[0].toUpperCase(java.util.Locale.ROOT);
                throw new DeclarationException(s.location() + ": " + word + " is not allowed in a declared schema "
                        + (control == TransactionControl.TRANSACTION ? "(all of it runs in one transaction)"
                        : "(Retort runs its statements between savepoints of its own)"));
            }
            if (!s.source().equals(source)) {
                source = s.source();
                current = new LinkedHashMap<>();
            }
            SessionSetting setting = SessionSetting.of(s);
            if (setting == null) {
                statements.add(s);
                settings.add(current);
                continue;
            }
            current = new LinkedHashMap<>(current);
            if (setting.name() == null) {
                current.clear();
            } else if (setting.value() == null) {
                current.remove(setting.name());
            } else {
                current.put(setting.name(), setting.value());
                outside.put(setting.name(), null);
            }
        }
        if (!outside.isEmpty()) {
            width = 3;
            roundTrips++;
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT n, coalesce(current_setting(n, true), '') FROM unnest(" + array(outside.keySet())
                            + ") AS n")) {
                while (rs.next()) {
                    outside.put(rs.getString(1), rs.getString(2));
                }
            }
            execute(List.of("CREATE PROCEDURE pg_temp.retort_settings(names text[], vals text[]) LANGUAGE sql"
                    + " AS $$ SELECT set_config(n, v, true) FROM unnest(names, vals) AS u(n, v) $$"));
        }
    }

    /** The commands that run statement {@code i}: its SQL, between its file's settings and their undoing. */
    private List<String> commands(int i) {
        Map<String, String> made = settings.get(i);
        if (made.isEmpty()) {
            return List.of(statements.get(i).sql());
        }
        List<String> restore = made.keySet().stream().map(outside::get).toList();
        return List.of("CALL pg_temp.retort_settings(" + array(made.keySet()) + ", " + array(made.values()) + ")",
                statements.get(i).sql(),
                "CALL pg_temp.retort_settings(" + array(made.keySet()) + ", " + array(restore) + ")");
    }

    private static String array(java.util.Collection<String> values) {
        return "ARRAY[" + String.join(", ", values.stream().map(Identifiers::literal).toList()) + "]::text[]";
    }

    /**
     * First pass: plain batches. At the first failure, the batch's good prefix runs again and everything after
     * the failure runs guarded. Returns the statements to retry.
     */
    private List<Integer> runAll(List<Integer> indexes) throws SQLException {
        lockBudget = queryLong("SELECT current_setting('max_locks_per_transaction')::bigint"
                + " * (current_setting('max_connections')::bigint"
                + " + current_setting('max_prepared_transactions')::bigint) / 4");
        int perBatch = (BATCH_ENTRIES - 2) / (width + 1);
        for (int from = 0; from < indexes.size(); from += perBatch) {
            List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + perBatch));
            commitIfManyLocks();
            List<String> plain = new ArrayList<>(List.of("SAVEPOINT retort_batch"));
            chunk.forEach(i -> plain.addAll(commands(i)));
            plain.add("RELEASE SAVEPOINT retort_batch");
            if (tryExecute(plain) == null) {
                sinceCheck += chunk.size();
                continue;
            }
            // Which statement failed: the batch again, with a mark after each statement. Marks double the commands
            // (a replay of the 1k table-heavy schema: 39-78 backend CPU ticks with them, 36-38 without), so only a
            // failed batch pays for them.
            execute(List.of("ROLLBACK TO SAVEPOINT retort_batch", "RELEASE SAVEPOINT retort_batch"));
            createMarks();
            List<String> sql = new ArrayList<>(List.of("SAVEPOINT retort_batch", "CALL pg_temp.retort_mark(0)"));
            for (int i = 0; i < chunk.size(); i++) {
                sql.addAll(commands(chunk.get(i)));
                sql.add("CALL pg_temp.retort_mark(" + (i + 1) + ")");
            }
            SQLException error = tryExecute(sql);
            if (error == null) { // it failed for a reason that has passed: go on
                sinceCheck += chunk.size();
                continue;
            }
            int done = rollBackAndCount("ROLLBACK TO SAVEPOINT retort_batch");
            sinceCheck += done;
            if (done >= chunk.size()) {
                throw error; // a marker failed, not a statement
            }
            int failed = chunk.get(done);
            errors.put(failed, error);
            if (done > 0) {
                List<String> good = new ArrayList<>();
                for (int i = 0; i < done; i++) {
                    good.addAll(commands(chunk.get(i)));
                }
                SQLException again = tryExecute(good);
                if (again != null) {
                    throw again; // it just worked in this same order: not the declaration's fault
                }
            }
            List<Integer> deferred = new ArrayList<>();
            if (isDependencyError(error)) {
                deferred.add(failed);
            }
            deferred.addAll(runGuarded(indexes.subList(from + done + 1, indexes.size())));
            return deferred;
        }
        return new ArrayList<>();
    }

    /**
     * Runs each statement inside its own savepoint, in as few batches as failures allow. Returns the statements
     * that failed for a missing dependency, to try again; other failures are final. A statement that succeeds
     * loses any earlier error.
     */
    private List<Integer> runGuarded(List<Integer> indexes) throws SQLException {
        createMarks();
        List<Integer> deferred = new ArrayList<>();
        int perBatch = (BATCH_ENTRIES - 1) / (width + 3);
        int from = 0;
        while (from < indexes.size()) {
            List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + perBatch));
            commitIfManyLocks();
            List<String> sql = new ArrayList<>(List.of("CALL pg_temp.retort_mark(0)"));
            for (int i = 0; i < chunk.size(); i++) {
                sql.add("SAVEPOINT retort_one");
                sql.addAll(commands(chunk.get(i)));
                sql.add("RELEASE SAVEPOINT retort_one");
                sql.add("CALL pg_temp.retort_mark(" + (i + 1) + ")");
            }
            SQLException error = tryExecute(sql);
            if (error == null) {
                chunk.forEach(errors::remove);
                sinceCheck += chunk.size();
                from += chunk.size();
                continue;
            }
            int done = rollBackAndCount("ROLLBACK TO SAVEPOINT retort_one; RELEASE SAVEPOINT retort_one");
            sinceCheck += done;
            if (done >= chunk.size()) {
                throw error;
            }
            chunk.subList(0, done).forEach(errors::remove);
            int failed = chunk.get(done);
            errors.put(failed, error);
            if (isDependencyError(error)) {
                deferred.add(failed);
            }
            from += done + 1;
        }
        return deferred;
    }

    /** The temporary sequence and procedure that record progress through a batch, made at the first need. */
    private void createMarks() throws SQLException {
        if (!marking) {
            execute(List.of("CREATE TEMPORARY SEQUENCE retort_progress MINVALUE 0 START 0",
                    "CREATE PROCEDURE pg_temp.retort_mark(done bigint) LANGUAGE sql"
                            + " AS $$ SELECT setval('pg_temp.retort_progress', done) $$"));
            marking = true;
        }
    }

    /**
     * Every {@link #LOCK_CHECK_INTERVAL} statements, commits if the transaction holds more locks than its budget;
     * once it has committed, at every such point: the database is no longer one a rollback empties, and PostgreSQL
     * creates objects ~10% faster in transactions of a few hundred statements than of thousands.
     */
    private void commitIfManyLocks() throws SQLException {
        if (sinceCheck < LOCK_CHECK_INTERVAL) {
            return;
        }
        sinceCheck = 0;
        if (commits > 0 || queryLong("SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid()") > lockBudget) {
            roundTrips++;
            commits++;
            beforeCommit.run();
            connection.commit();
        }
    }

    private long queryLong(String sql) throws SQLException {
        roundTrips++;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs the batch; returns the server's error, or null. */
    private SQLException tryExecute(List<String> sql) throws SQLException {
        try {
            execute(sql);
            return null;
        } catch (SQLException e) {
            SQLException cause = cause(e);
            if (ServerError.of(cause) == null) {
                throw e; // the connection failed, not a statement
            }
            return cause;
        }
    }

    private void execute(List<String> sql) throws SQLException {
        roundTrips++;
        try (Statement s = connection.createStatement()) {
            // Declared SQL goes to the server as written: no JDBC {escape} rewriting.
            s.setEscapeProcessing(false);
            for (String one : sql) {
                s.addBatch(one);
            }
            s.executeBatch();
        }
    }

    /** Rolls back the failed batch and reads how many of its statements had succeeded (one round trip). */
    private int rollBackAndCount(String rollback) throws SQLException {
        roundTrips++;
        try (Statement s = connection.createStatement()) {
            s.execute(rollback + "; SELECT last_value FROM pg_temp.retort_progress");
            while (s.getResultSet() == null) {
                s.getMoreResults();
            }
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return (int) rs.getLong(1);
            }
        }
    }

    /** The server's error for the failed entry (not the "transaction is aborted" of the entries after it). */
    private static SQLException cause(SQLException e) {
        SQLException carrier = ServerError.carrier(e);
        return carrier != null ? carrier : e.getCause() instanceof SQLException s ? s : e;
    }

    private static boolean isDependencyError(SQLException e) {
        return e != null && MISSING_DEPENDENCY.contains(e.getSQLState());
    }

    private String report() {
        List<String> lines = new ArrayList<>();
        errors.forEach((index, error) -> {
            if (lines.size() < ERRORS_SHOWN) {
                lines.add(describe(statements.get(index), error));
            }
        });
        if (errors.size() == 1) {
            return lines.get(0);
        }
        return errors.size() + " declared statements fail:\n  " + String.join("\n  ", lines)
                + (errors.size() > ERRORS_SHOWN ? "\n  ... and " + (errors.size() - ERRORS_SHOWN) + " more" : "");
    }

    /** {@code views/broken.sql:4: view public.broken: column "nope" does not exist}. */
    static String describe(DeclaredStatement statement, SQLException error) {
        String message = error.getMessage();
        String location = statement.location();
        ServerError server = ServerError.of(error);
        if (server != null) {
            message = server.oneLine();
            if (server.position() > 0) {
                location = statement.location(server.position() - 1);
            }
        }
        boolean fromFile = statement.source().file() != null;
        return location + ": " + (fromFile && statement.object() != null ? statement.object() + ": " : "") + message;
    }
}
