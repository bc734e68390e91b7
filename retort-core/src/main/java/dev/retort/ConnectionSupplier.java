package dev.retort;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Gives Retort a new connection each time it needs one, for callers who manage connections themselves. Retort closes
 * every connection it gets from here once done with it (as it does those of a {@link javax.sql.DataSource}).
 */
@FunctionalInterface
public interface ConnectionSupplier {
    /**
     * A new connection to the database, which Retort closes.
     *
     * @return an open connection
     * @throws SQLException when none can be opened
     */
    Connection get() throws SQLException;
}
