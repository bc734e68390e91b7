package dev.retort.testing;

import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.PostgresBinaries;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the tests of this JVM use: the one named by {@code RETORT_TEST_URL} (environment or system
 * property {@code retort.test.url}) when set, else one embedded server of major {@code retort.test.pg}
 * (default: the default major), started on first use and stopped when the JVM exits.
 */
public final class TestServer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile TestServer shared;
    private static final java.util.Map<Integer, TestServer> EMBEDDED = new java.util.concurrent.ConcurrentHashMap<>();

    private final String description;
    private final String hostAndPort;
    private final String query;
    private final Properties credentials;
    private final String adminDatabase;
    private final int major;

    private TestServer(String description, String hostAndPort, String query, Properties credentials,
                       String adminDatabase) {
        this.hostAndPort = hostAndPort;
        this.query = query;
        this.credentials = credentials;
        this.adminDatabase = adminDatabase;
        this.major = queryMajor();
        this.description = description + ", PostgreSQL " + major;
    }

    /** The server shared by every test in this JVM. */
    public static TestServer shared() {
        TestServer server = shared;
        if (server == null) {
            synchronized (TestServer.class) {
                server = shared;
                if (server == null) {
                    server = connect();
                    System.err.println("[retort tests] using " + server.description);
                    shared = server;
                }
            }
        }
        return server;
    }

    /**
     * An embedded server of a given major, whatever {@code RETORT_TEST_URL} says: for tests of behaviour that
     * differs between PostgreSQL versions. One per major and JVM, stopped when the JVM exits.
     */
    public static TestServer embedded(int major) {
        return EMBEDDED.computeIfAbsent(major, TestServer::startEmbedded);
    }

    private static TestServer startEmbedded(int major) {
        EmbeddedPostgres pg = EmbeddedPostgres.start(major);
        return new TestServer("embedded server " + pg + " via " + pg.isolation(), "127.0.0.1:" + pg.port(), "",
                credentials("postgres", null), "postgres");
    }

    private static TestServer connect() {
        String url = System.getProperty("retort.test.url", System.getenv("RETORT_TEST_URL"));
        if (url != null && !url.isBlank()) {
            return fromUrl(url.strip());
        }
        int major = Integer.parseInt(System.getProperty("retort.test.pg",
                Integer.toString(PostgresBinaries.defaultMajor())));
        return embedded(major);
    }

    /** Accepts {@code postgresql://user:pass@host:port/db} and {@code jdbc:postgresql://host:port/db?user=..}. */
    static TestServer fromUrl(String url) {
        String plain = url.startsWith("jdbc:") ? url.substring(5) : url;
        URI uri = URI.create(plain.replaceFirst("^postgres://", "postgresql://"));
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("RETORT_TEST_URL must look like postgresql://user@host:port/db, not " + url);
        }
        String user = "postgres";
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String hostAndPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String query = uri.getRawQuery() != null ? uri.getRawQuery() : "";
        // The database in the URL is only where CREATE/DROP DATABASE run; every test gets a database of its own.
        String path = uri.getPath();
        String admin = path != null && path.length() > 1 ? decode(path.substring(1)) : "postgres";
        return new TestServer("RETORT_TEST_URL " + hostAndPort, hostAndPort, query, credentials(user, password), admin);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static Properties credentials(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /** The server's major version, e.g. 15. */
    public int major() {
        return major;
    }

    @Override
    public String toString() {
        return description;
    }

    /** A JDBC URL for a database on this server, credentials included. */
    public String jdbcUrl(String database) {
        StringBuilder sb = new StringBuilder("jdbc:postgresql://").append(hostAndPort).append('/')
                .append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8)).append('?');
        if (!query.isEmpty()) {
            sb.append(query).append('&');
        }
        sb.append("user=").append(java.net.URLEncoder.encode(credentials.getProperty("user"), StandardCharsets.UTF_8));
        String password = credentials.getProperty("password");
        if (password != null) {
            sb.append("&password=").append(java.net.URLEncoder.encode(password, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** Creates a new empty database with a random name; the caller closes (drops) it. */
    public TestDatabase createDatabase() {
        String name = "retort_test_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        admin("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        return new TestDatabase(this, name);
    }

    void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(adminDatabase)); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test server " + description + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private int queryMajor() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(adminDatabase)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test server at " + hostAndPort + ": " + e.getMessage(), e);
        }
    }
}
