package dev.retort.connection;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.common.BaseDataSource;

/**
 * Where connections to one database come from: a URL, a {@link DataSource} (pooled or not; its own authentication,
 * such as a cloud IAM plugin, keeps working), or a supplier of new connections. Each {@link #connect()} gives a
 * connection its caller closes; the source itself (a pool) is never closed by Retort.
 */
public abstract class Connector {
    /** Opens a connection; the caller closes it. */
    public abstract Connection connect() throws SQLException;

    /**
     * The URL of this database with its credentials, for work that needs other databases on the same server (the
     * scratch databases declared schemas are built in); null when it cannot be known.
     */
    public abstract DatabaseUrl serverUrl();

    /** Safe to print: never shows a password. */
    @Override
    public abstract String toString();

    /** Connections to {@code url}. */
    public static Connector of(DatabaseUrl url) {
        return new Connector() {
            @Override
            public Connection connect() throws SQLException {
                return url.connect();
            }

            @Override
            public DatabaseUrl serverUrl() {
                return url;
            }

            @Override
            public String toString() {
                return url.toString();
            }
        };
    }

    /** Opens a connection, or gives one Retort closes when done. */
    @FunctionalInterface
    public interface Opener {
        /** A new connection. */
        Connection open() throws SQLException;
    }

    /**
     * Connections from {@code source} ({@code description} names it in messages). The server URL is the data
     * source's own for pgjdbc's data sources; for others (pools wrapping a driver) it is read from a connection's
     * metadata, with the password from {@code PGPASSWORD} or {@code ~/.pgpass}, as libpq would find it.
     */
    public static Connector of(Opener source, String description, Object dataSource) {
        return new Connector() {
            private DatabaseUrl server;

            @Override
            public Connection connect() throws SQLException {
                return source.open();
            }

            @Override
            public synchronized DatabaseUrl serverUrl() {
                if (server == null) {
                    server = discover(source, dataSource);
                }
                return server;
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** Connections from a data source. */
    public static Connector of(DataSource dataSource) {
        return of(dataSource::getConnection, "the DataSource " + dataSource.getClass().getSimpleName(), dataSource);
    }

    private static DatabaseUrl discover(Opener source, Object dataSource) {
        try {
            if (dataSource instanceof BaseDataSource pg) {
                DatabaseUrl url = DatabaseUrl.parse(pg.getUrl());
                DatabaseUrl withUser = pg.getUser() == null ? url
                        : DatabaseUrl.parse(withUser(pg.getUrl(), pg.getUser()));
                return pg.getPassword() != null ? withUser.withPassword(pg.getPassword())
                        : LibpqEnvironment.system().withPassword(withUser);
            }
            try (Connection c = source.open()) {
                DatabaseMetaData meta = c.getMetaData();
                String url = meta.getURL();
                if (url == null || !url.startsWith("jdbc:postgresql:")) {
                    return null;
                }
                return LibpqEnvironment.system().withPassword(DatabaseUrl.parse(withUser(url, meta.getUserName())));
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw new RetortException("cannot tell which server the DataSource connects to (" + e.getMessage()
                    + "): name a dev server for scratch databases (devUrl or devDataSource)", e);
        }
    }

    private static String withUser(String jdbcUrl, String user) {
        if (user == null || jdbcUrl.contains("user=")) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "user="
                + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8);
    }
}
