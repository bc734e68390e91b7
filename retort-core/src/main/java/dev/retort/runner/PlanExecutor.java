package dev.retort.runner;

import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a {@link MigrationPlan} directly (no revision file): the statements that must commit first each on their
 * own, then the rest in one transaction, all or nothing. Used to verify plans in scratch databases.
 */
public final class PlanExecutor {
    private PlanExecutor() {
    }

    /** @throws SQLException naming the statement that failed; the transaction is rolled back */
    public static void apply(Connection connection, MigrationPlan plan) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (PlannedStatement s : plan.beforeTransaction()) {
                execute(st, s);
            }
            connection.setAutoCommit(false);
            StringBuilder script = new StringBuilder();
            plan.inTransaction().forEach(s -> script.append(s.sql()).append('\n'));
            try {
                // One round trip: the driver sends every statement of the script before waiting for answers. It
                // cannot split SQL-standard bodies (BEGIN ATOMIC ... END), so those plans go statement by statement.
                if (script.toString().toUpperCase(java.util.Locale.ROOT).contains("BEGIN ATOMIC")) {
                    for (PlannedStatement s : plan.inTransaction()) {
                        execute(st, s);
                    }
                } else if (script.length() > 0) {
                    st.execute(script.toString());
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw failing(connection, st, plan, e);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Finds which statement failed by running them one by one in a transaction that is then rolled back. */
    private static SQLException failing(Connection connection, Statement st, MigrationPlan plan, SQLException batch)
            throws SQLException {
        try {
            for (PlannedStatement s : plan.inTransaction()) {
                execute(st, s);
            }
            return batch;
        } catch (SQLException e) {
            return e;
        } finally {
            connection.rollback();
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
