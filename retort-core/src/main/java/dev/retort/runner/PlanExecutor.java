package dev.retort.runner;

import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link MigrationPlan} directly (no revision file): all or nothing, unless autocommit statements split it.
 * Used to verify plans in scratch databases.
 */
public final class PlanExecutor {
    private PlanExecutor() {
    }

    /**
     * Runs the statements that must commit first each on their own, then the rest in one transaction, which
     * commits; an autocommit statement runs on its own where it stands, after the transaction before it commits.
     *
     * @throws SQLException naming the statement that failed; the transaction in progress is rolled back (what
     *                      committed before it stays)
     */
    public static void apply(Connection connection, MigrationPlan plan) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (PlannedStatement s : plan.beforeTransaction()) {
                execute(st, s);
            }
            List<PlannedStatement> stretch = new java.util.ArrayList<>();
            for (PlannedStatement s : plan.afterCommitFirst()) {
                if (s.transactional()) {
                    stretch.add(s);
                    continue;
                }
                inTransaction(connection, st, stretch);
                stretch.clear();
                connection.setAutoCommit(true);
                execute(st, s);
            }
            inTransaction(connection, st, stretch);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void inTransaction(Connection connection, Statement st, List<PlannedStatement> statements)
            throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        connection.setAutoCommit(false);
        try {
            run(st, statements);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            SQLException failed = failing(st, statements, e);
            connection.rollback();
            throw failed;
        }
    }

    /**
     * Runs the plan inside the connection's open transaction, which it does not end: a failure takes the
     * transaction back to where it was. For plans with nothing that must commit first.
     *
     * @throws SQLException naming the statement that failed
     */
    public static void applyWithin(Connection connection, MigrationPlan plan) throws SQLException {
        if (connection.getAutoCommit() || !plan.beforeTransaction().isEmpty() || plan.hasAutocommit()) {
            throw new IllegalArgumentException("applyWithin needs an open transaction and a plan that runs in one");
        }
        Savepoint before = connection.setSavepoint();
        try (Statement st = connection.createStatement()) {
            try {
                run(st, plan.statements());
            } catch (SQLException e) {
                connection.rollback(before);
                SQLException failed = failing(st, plan.statements(), e);
                connection.rollback(before);
                throw failed;
            }
        } finally {
            connection.releaseSavepoint(before);
        }
    }

    /**
     * One round trip: the driver sends every statement of the script before waiting for answers. It cannot split
     * SQL-standard bodies (BEGIN ATOMIC ... END), so those plans go statement by statement.
     */
    private static void run(Statement st, List<PlannedStatement> statements) throws SQLException {
        StringBuilder script = new StringBuilder();
        statements.forEach(s -> script.append(s.sql()).append('\n'));
        if (script.toString().toUpperCase(Locale.ROOT).contains("BEGIN ATOMIC")) {
            for (PlannedStatement s : statements) {
                execute(st, s);
            }
        } else if (script.length() > 0) {
            st.execute(script.toString());
        }
    }

    /** Finds which statement failed by running them one by one; the caller undoes what they did. */
    private static SQLException failing(Statement st, List<PlannedStatement> statements, SQLException batch) {
        try {
            for (PlannedStatement s : statements) {
                execute(st, s);
            }
            return batch;
        } catch (SQLException e) {
            return e;
        }
    }

    private static void execute(Statement st, PlannedStatement s) throws SQLException {
        try {
            st.execute(s.sql());
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  in: " + s.sql(), e.getSQLState(), e);
        }
    }
}
