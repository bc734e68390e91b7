package dev.retort.spring.internal;

import dev.retort.ConnectionSupplier;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Connections whose {@code search_path} is one tenant's schema, restored before they go back to the pool, so the
 * application's own connections never see a tenant's path.
 */
final class TenantConnections {
    private TenantConnections() {
    }

    static ConnectionSupplier of(DataSource dataSource, String schema) {
        return () -> {
            Connection connection = dataSource.getConnection();
            try {
                String original;
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW search_path")) {
                    rs.next();
                    original = rs.getString(1);
                }
                setPath(connection, quote(schema));
                return wrap(connection, original);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        };
    }

    private static Connection wrap(Connection connection, String original) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed()) {
                try {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    setPath(connection, original);
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                } finally {
                    connection.close();
                }
                return null;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(TenantConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static void setPath(Connection connection, String path) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            s.setString(1, path);
            s.execute();
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
