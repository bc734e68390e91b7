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
            try {
                for (PlannedStatement s : plan.inTransaction()) {
                    execute(st, s);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
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
