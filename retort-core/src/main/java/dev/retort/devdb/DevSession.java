package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogInspector;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.InspectionScope;
import dev.retort.connection.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/**
 * One session on an empty {@link DevDatabase}, whose work stays in an open transaction as long as it can. Closing
 * rolls the transaction back; a database nothing was committed to is then as empty as it came and is kept for the
 * next run ({@link DevDatabase#release()}), else dropped. Schemas are read and plans applied on the same
 * connection, so a plan can be proven where the declaration was just built.
 */
public final class DevSession implements AutoCloseable {
    /** PostgreSQL's "out of shared memory" SQLSTATE, which DDL gets when the lock table is full. */
    public static final String OUT_OF_LOCKS = "53200";

    private final DevDatabase database;
    private final Connection connection;
    private boolean committed;

    private DevSession(DevDatabase database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    /** Obtains an empty dev database and opens a transaction on it; see {@link DevDatabase#obtain}. */
    public static DevSession start(DatabaseUrl server, int requiredMajor, Consumer<String> log) {
        DevDatabase database = DevDatabase.obtain(server, requiredMajor, log);
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
     * Reads the schema as these statements would leave it (renames undone, to plan against the old names), then
     * rolls them back: the session holds what it held before.
     *
     * @throws RetortException naming the statement that failed
     */
    public CatalogSnapshot inspectAfter(List<String> statements, InspectionScope scope) {
        try {
            Savepoint savepoint = connection.setSavepoint();
            try (Statement st = connection.createStatement()) {
                for (String sql : statements) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new RetortException("dev database " + name() + ": " + sql + ": " + e.getMessage(), e);
                    }
                }
                return inspect(scope);
            } finally {
                connection.rollback(savepoint);
            }
        } catch (SQLException e) {
            throw new RetortException("dev database " + name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Work is about to be committed (large declarations commit as they go, a plan that must commit runs as a
     * migration would): the database is not empty any more.
     */
    public void committed() {
        committed = true;
    }

    /** Rolls back what was not committed; keeps the database for reuse when it is empty again, else drops it. */
    @Override
    public void close() {
        boolean empty = !committed;
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            empty = false; // the drop below forces the session out
        }
        if (empty) {
            database.release();
        } else {
            database.close();
        }
    }
}
