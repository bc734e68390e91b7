package dev.retort.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL database location, from {@code postgresql://user:pass@host:port/db?param=value} (libpq style,
 * {@code postgres://} too) or {@code jdbc:postgresql://host:port/db?user=..&password=..}. Immutable; its
 * {@link #toString()} never shows the password.
 */
public final class DatabaseUrl {
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;

    private DatabaseUrl(String host, int port, String database, String user, String password,
                        Map<String, String> parameters) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.parameters = Map.copyOf(parameters);
    }

    /** Parses a URL; the message of the exception says what is wrong without echoing a password. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty database URL");
        }
        String text = url.strip();
        String rest;
        if (text.startsWith("jdbc:postgresql://")) {
            rest = text.substring("jdbc:postgresql://".length());
        } else if (text.startsWith("postgresql://")) {
            rest = text.substring("postgresql://".length());
        } else if (text.startsWith("postgres://")) {
            rest = text.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("not a PostgreSQL URL (expected postgresql://user@host:port/database "
                    + "or jdbc:postgresql://host:port/database): " + redact(text));
        }
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed database URL " + redact(text) + ": " + e.getReason());
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String user = params.remove("user");
        String password = params.remove("password");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            if (parts.length > 1) {
                password = decode(parts[1]);
            }
        }
        String host = uri.getHost() == null || uri.getHost().isEmpty() ? "localhost" : uri.getHost();
        String path = uri.getRawPath();
        String database = path == null || path.length() <= 1 ? null : decode(path.substring(1));
        return new DatabaseUrl(host, uri.getPort() > 0 ? uri.getPort() : 5432, database, user, password, params);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The database name, or null when the URL names none (PostgreSQL then uses the user name). */
    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** The same location with this password (used to fill in one from PGPASSWORD or ~/.pgpass). */
    public DatabaseUrl withPassword(String newPassword) {
        return new DatabaseUrl(host, port, database, user, newPassword, parameters);
    }

    /** The same location as another role (a build tool's or framework's separate user setting). */
    public DatabaseUrl withUser(String newUser) {
        return new DatabaseUrl(host, port, database, newUser, password, parameters);
    }

    /** The same server and credentials, another database. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(host, port, otherDatabase, user, password, parameters);
    }

    /** The JDBC URL without credentials (they travel in {@link #connectionProperties()}). */
    public String jdbcUrl() {
        StringBuilder sb = new StringBuilder("jdbc:postgresql://");
        sb.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/');
        sb.append(database == null ? "" : encode(database));
        String sep = "?";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            sb.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            sep = "&";
        }
        return sb.toString();
    }

    public Properties connectionProperties() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "retort");
        return props;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), connectionProperties());
    }

    /** {@code postgresql://user@host:port/db}: safe to print and log. */
    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + (password != null ? ":***" : "") + "@")
                + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + (database == null ? "" : database);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URL with any password replaced, for error messages. */
    static String redact(String url) {
        return url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
