package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogInspector;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.InspectionScope;
import dev.retort.connection.DatabaseUrl;
import dev.retort.plan.MigrationPlan;
import dev.retort.runner.PlanExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * One session on a new {@link DevDatabase}, whose work stays in an open transaction as long as it can. Closing
 * rolls the transaction back and drops the database: with nothing committed, PostgreSQL has next to nothing to
 * write or remove, so the drop is quick. Schemas are read and plans applied on the same connection, so a plan can
 * be proven where the declaration was just built.
 */
public final class DevSession implements AutoCloseable {
    /** PostgreSQL's "out of shared memory", here: the lock table is full. */
    private static final String OUT_OF_LOCKS = "53200";

    private final DevDatabase database;
    private final Connection connection;

    private DevSession(DevDatabase database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    /** Creates the dev database and opens a transaction on it; see {@link DevDatabase#create}. */
    public static DevSession start(DatabaseUrl server, int requiredMajor, Consumer<String> log) {
        DevDatabase database = DevDatabase.create(server, requiredMajor, log);
        try {
            Connection connection = database.url().connect();
            connection.setAutoCommit(false);
            return new DevSession(database, connection);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e instanceof RuntimeException r ? r
                    : new RetortException("dev database " + database.name() + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return database.name();
    }

    public int major() {
        return database.major();
    }

    /** The session's connection, in its open transaction (autocommit off). */
    public Connection connection() {
        return connection;
    }

    /** Reads the schema as this session sees it, uncommitted work included. */
    public CatalogSnapshot inspect(InspectionScope scope) {
        try {
            return new CatalogInspector(scope).inspect(connection);
        } catch (SQLException e) {
            throw new RetortException("dev database " + name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies the plan in the open transaction; a plan with statements that must commit first (new enum values),
     * or one whose locks no longer fit beside the session's, commits the session's work and runs as a migration
     * would.
     *
     * @throws SQLException naming the statement that failed; the session is as before
     */
    public void apply(MigrationPlan plan) throws SQLException {
        if (plan.beforeTransaction().isEmpty()) {
            try {
                PlanExecutor.applyWithin(connection, plan);
                return;
            } catch (SQLException e) {
                if (!OUT_OF_LOCKS.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        connection.commit();
        PlanExecutor.apply(connection, plan);
    }

    /** Rolls back what was not committed and drops the database. */
    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            // the drop below forces the session out anyway
        } finally {
            database.close();
        }
    }
}
