package dev.retort.connection;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.postgresql.PGProperty;

/**
 * A PostgreSQL database location, from {@code postgresql://user:pass@host:port/db?param=value} (libpq style,
 * {@code postgres://} too) or {@code jdbc:postgresql://host:port/db?user=..&password=..}. Every part is honoured or
 * refused: host names with underscores, IPv6 {@code [::1]}, percent-encoding, several hosts ({@code h1:5433,h2}),
 * libpq parameters translated to pgjdbc's, pgjdbc's own parameters passed through; anything else is an
 * {@link IllegalArgumentException} naming the wrong part. Immutable; {@link #toString()} and every message mask the
 * password.
 */
public final class DatabaseUrl {
    private static final int DEFAULT_PORT = 5432;

    /** libpq query parameters and the pgjdbc property each becomes (user, password, dbname, host, port aside). */
    private static final Map<String, String> LIBPQ_PARAMETERS = Map.ofEntries(
            Map.entry("sslmode", "sslmode"),
            Map.entry("options", "options"),
            Map.entry("target_session_attrs", "targetServerType"),
            Map.entry("application_name", "ApplicationName"),
            Map.entry("fallback_application_name", "ApplicationName"),
            Map.entry("connect_timeout", "connectTimeout"),
            Map.entry("sslcert", "sslcert"),
            Map.entry("sslkey", "sslkey"),
            Map.entry("sslrootcert", "sslrootcert"),
            Map.entry("sslpassword", "sslpassword"),
            Map.entry("gssencmode", "gssEncMode"),
            Map.entry("keepalives", "tcpKeepAlive"),
            Map.entry("load_balance_hosts", "loadBalanceHosts"),
            Map.entry("client_encoding", ""));

    private static final Map<String, String> TARGET_SESSION_ATTRS = Map.of("any", "any", "read-write", "primary",
            "primary", "primary", "read-only", "secondary", "standby", "secondary", "prefer-standby", "preferSecondary");

    /** One server of the URL's host list. */
    public record Host(String name, int port) {
        @Override
        public String toString() {
            return (name.contains(":") ? "[" + name + "]" : name) + ":" + port;
        }
    }

    private final List<Host> hosts;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;

    private DatabaseUrl(List<Host> hosts, String database, String user, String password,
                        Map<String, String> parameters) {
        this.hosts = List.copyOf(hosts);
        this.database = database;
        this.user = user;
        this.password = password;
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A location from its parts, as libpq's PG* variables give them; {@code hostList} as in a URL ({@code h1,h2:5433}). */
    public static DatabaseUrl of(String hostList, String portList, String database, String user) {
        String shown = "host " + hostList;
        List<String> names = splitHosts(hostList == null || hostList.isBlank() ? "localhost" : hostList.strip());
        List<String> ports = portList == null || portList.isBlank() ? List.of() : List.of(portList.strip().split(",", -1));
        if (ports.size() > 1 && ports.size() != names.size()) {
            throw new IllegalArgumentException(ports.size() + " ports for " + names.size() + " hosts in " + shown);
        }
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String port = ports.isEmpty() ? "" : ports.get(ports.size() == 1 ? 0 : i);
            hosts.add(new Host(checkHost(names.get(i), shown), port(port, shown)));
        }
        return new DatabaseUrl(hosts, database, user, null, Map.of());
    }

    /** Parses a URL; the message of the exception says what is wrong without echoing a password. */
    public static DatabaseUrl parse(String url) {
        try {
            return parseUnchecked(url);
        } catch (IllegalArgumentException e) {
            // Parts of a malformed URL are quoted in messages; one may hold the password where it was not expected.
            String message = e.getMessage();
            String tail = url == null ? "" : ": " + redact(url.strip());
            String head = message.endsWith(tail) ? message.substring(0, message.length() - tail.length()) : message;
            for (String secret : secrets(url == null ? "" : url.strip())) {
                if (secret.length() >= 3) {
                    head = head.replace(secret, "***");
                }
            }
            throw new IllegalArgumentException(head + (message.endsWith(tail) ? tail : ""), e.getCause());
        }
    }

    private static DatabaseUrl parseUnchecked(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty database URL (expected postgresql://user@host:port/database)");
        }
        String text = url.strip();
        String shown = redact(text);
        boolean jdbc;
        String rest;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql://")) {
            jdbc = true;
            rest = text.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("postgresql://")) {
            jdbc = false;
            rest = text.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            jdbc = false;
            rest = text.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("not a PostgreSQL URL (expected postgresql://user@host:port/database "
                    + "or jdbc:postgresql://host:port/database): " + shown);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.indexOf('#') >= 0) {
            throw new IllegalArgumentException("a database URL has no '#fragment' (encode '#' as %23): " + shown);
        }
        // libpq: the authority ends at the first '/'; user info is what precedes its last '@'.
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? null : rest.substring(slash + 1);
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name", shown);
            if (colon >= 0) {
                password = decode(userInfo.substring(colon + 1), "password", shown);
            }
            if (user.isEmpty()) {
                user = null;
            }
        }
        String hostList = authority;
        if (path != null && path.indexOf('@') >= 0) {
            throw new IllegalArgumentException("'@' in the database name (a misplaced user@host? write "
                    + "postgresql://user@host/database; encode an '@' of the name as %40): " + shown);
        }
        String database = path == null || path.isEmpty() ? null : decode(path, "database name", shown);

        Map<String, String> params = new LinkedHashMap<>();
        String hostParam = null;
        String portParam = null;
        if (query != null) {
            for (String pair : query.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("URL parameter '" + redactParameter(pair) + "' has no '=value': " + shown);
                }
                String key = decode(pair.substring(0, eq), "parameter name", shown);
                String value = decode(pair.substring(eq + 1), "value of " + key, shown);
                switch (key) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    case "dbname" -> database = value;
                    case "host" -> hostParam = value;
                    case "port" -> portParam = value;
                    default -> putParameter(params, key, value, jdbc, shown);
                }
            }
        }
        List<Host> hosts = hosts(hostParam != null ? hostParam : hostList, portParam, hostParam != null, shown);
        return new DatabaseUrl(hosts, database, user, password, params);
    }

    private static void putParameter(Map<String, String> params, String key, String value, boolean jdbc, String shown) {
        String mapped = jdbc ? null : LIBPQ_PARAMETERS.get(key);
        if (mapped == null) {
            if (PGProperty.forName(key) == null) {
                throw new IllegalArgumentException("unknown URL parameter '" + key + "' (libpq's: "
                        + LIBPQ_PARAMETERS.keySet().stream().sorted().collect(Collectors.joining(", "))
                        + ", user, password, dbname, host, port; or a pgjdbc connection property): " + shown);
            }
            params.put(key, value);
            return;
        }
        switch (key) {
            case "target_session_attrs" -> {
                String type = TARGET_SESSION_ATTRS.get(value);
                if (type == null) {
                    throw new IllegalArgumentException("target_session_attrs=" + value + " is not one of "
                            + String.join(", ", new java.util.TreeSet<>(TARGET_SESSION_ATTRS.keySet())) + ": " + shown);
                }
                params.put(mapped, type);
            }
            case "client_encoding" -> {
                if (!value.equalsIgnoreCase("UTF8") && !value.equalsIgnoreCase("UTF-8")) {
                    throw new IllegalArgumentException("client_encoding=" + value + ": Retort's driver speaks UTF8 only: " + shown);
                }
            }
            case "keepalives" -> params.put(mapped, Boolean.toString(!value.equals("0")));
            case "load_balance_hosts" -> {
                if (!value.equals("disable") && !value.equals("random")) {
                    throw new IllegalArgumentException("load_balance_hosts=" + value + " is not disable or random: " + shown);
                }
                params.put(mapped, Boolean.toString(value.equals("random")));
            }
            case "fallback_application_name" -> params.putIfAbsent(mapped, value);
            default -> params.put(mapped, value);
        }
    }

    private static List<Host> hosts(String hostList, String portParam, boolean decoded, String shown) {
        List<Host> hosts = new ArrayList<>();
        List<String> entries = hostList.isEmpty() ? List.of("") : splitHosts(hostList);
        for (String entry : entries) {
            String name;
            String port = "";
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' in host '" + entry + "': " + shown);
                }
                name = entry.substring(1, close);
                String after = entry.substring(close + 1);
                if (!after.isEmpty() && !after.startsWith(":")) {
                    throw new IllegalArgumentException("'" + after + "' after the IPv6 address [" + name + "]: " + shown);
                }
                port = after.isEmpty() ? "" : after.substring(1);
                if (!name.matches("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?")) {
                    throw new IllegalArgumentException("'[" + name + "]' is not an IPv6 address: " + shown);
                }
            } else {
                int colon = entry.lastIndexOf(':');
                name = colon < 0 ? entry : entry.substring(0, colon);
                port = colon < 0 ? "" : entry.substring(colon + 1);
                name = decoded ? name : decode(name, "host name", shown);
                if (name.isEmpty()) {
                    if (entries.size() > 1) {
                        throw new IllegalArgumentException("an empty host in the host list '" + hostList + "': " + shown);
                    }
                    name = "localhost";
                }
                checkHost(name, shown);
            }
            hosts.add(new Host(name, port(port, shown)));
        }
        if (portParam != null) {
            String[] ports = portParam.split(",", -1);
            if (ports.length != 1 && ports.length != hosts.size()) {
                throw new IllegalArgumentException("port=" + portParam + " lists " + ports.length + " ports for "
                        + hosts.size() + " hosts: " + shown);
            }
            List<Host> withPorts = new ArrayList<>();
            for (int i = 0; i < hosts.size(); i++) {
                withPorts.add(new Host(hosts.get(i).name(), port(ports[ports.length == 1 ? 0 : i], shown)));
            }
            return withPorts;
        }
        return hosts;
    }

    private static List<String> splitHosts(String hostList) {
        return List.of(hostList.split(",", -1));
    }

    private static String checkHost(String name, String shown) {
        if (name.startsWith("/") || name.startsWith("@")) {
            throw new IllegalArgumentException("host '" + name + "' is a Unix-domain socket directory, which Retort's "
                    + "driver cannot use; name a TCP host (e.g. localhost): " + shown);
        }
        boolean ipv6 = name.indexOf(':') >= 0 && name.matches("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?");
        if (!ipv6 && !name.matches("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?\\.?")) {
            throw new IllegalArgumentException("'" + name + "' is not a host name (letters, digits, '-', '_' and '.'; "
                    + "an IPv6 address goes in brackets, [::1]): " + shown);
        }
        return name;
    }

    private static int port(String text, String shown) {
        if (text.isEmpty()) {
            return DEFAULT_PORT;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new IllegalArgumentException("port '" + text + "' is not a number from 1 to 65535: " + shown);
        }
        return Integer.parseInt(text);
    }

    /** The first host (the one tried first when the URL lists several). */
    public String host() {
        return hosts.get(0).name();
    }

    /** The first host's port. */
    public int port() {
        return hosts.get(0).port();
    }

    /** Every host, in the order the driver tries them. */
    public List<Host> hosts() {
        return hosts;
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

    /** The pgjdbc connection properties the URL sets (libpq names translated), credentials aside. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The same location with this password (used to fill in one from PGPASSWORD or ~/.pgpass). */
    public DatabaseUrl withPassword(String newPassword) {
        return new DatabaseUrl(hosts, database, user, newPassword, parameters);
    }

    /** The same location with this user when it names none (as libpq's PGUSER does). */
    public DatabaseUrl withDefaultUser(String defaultUser) {
        return user != null || defaultUser == null ? this : new DatabaseUrl(hosts, database, defaultUser, password, parameters);
    }

    /** The same location with one pgjdbc connection property set, unless the URL sets it already. */
    public DatabaseUrl withDefaultParameter(String name, String value) {
        if (parameters.containsKey(name)) {
            return this;
        }
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new DatabaseUrl(hosts, database, user, password, p);
    }

    /** The same location as another role (a build tool's or framework's separate user setting). */
    public DatabaseUrl withUser(String newUser) {
        return new DatabaseUrl(hosts, database, newUser, password, parameters);
    }

    /** The same server and credentials, another database. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(hosts, otherDatabase, user, password, parameters);
    }

    /** The JDBC URL without credentials (they travel in {@link #connectionProperties()}). */
    public String jdbcUrl() {
        StringBuilder sb = new StringBuilder("jdbc:postgresql://");
        sb.append(hosts.stream().map(Host::toString).collect(Collectors.joining(","))).append('/');
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
        if (!parameters.containsKey("ApplicationName")) {
            props.setProperty("ApplicationName", "retort");
        }
        return props;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), connectionProperties());
    }

    /** {@code postgresql://user@host:port/db}: safe to print and log. */
    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : encode(user) + (password != null ? ":***" : "") + "@")
                + hosts.stream().map(Host::toString).collect(Collectors.joining(",")) + "/"
                + (database == null ? "" : database);
    }

    /** Strict percent-decoding: {@code +} stays a plus, a malformed escape is an error. */
    private static String decode(String s, String part, String shown) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%') {
                if (!isHex(s, i + 1) || !isHex(s, i + 2)) {
                    throw new IllegalArgumentException("malformed percent-escape in the " + part + " (expected %XX "
                            + "with two hex digits): " + shown);
                }
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String redactParameter(String pair) {
        return pair.toLowerCase(Locale.ROOT).startsWith("password") ? "password..." : pair;
    }

    /**
     * The text with anything that could be a password masked, for messages: what sits between the first ':' of the
     * user part and the last '@' (whatever the scheme looks like, or without one), and {@code password=} values.
     */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        int[] span = passwordSpan(text);
        if (span != null) {
            out = out.substring(0, span[0]) + "***" + out.substring(span[1]);
        }
        return out.replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }

    /** Where {@link #redact} masks the user part's password: [start, end), or null. */
    private static int[] passwordSpan(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0) {
            return null;
        }
        String before = text.substring(0, at);
        int doubleSlash = before.lastIndexOf("//");
        int colonSlash = before.indexOf(":/");
        int start = doubleSlash >= 0 ? doubleSlash + 2 : colonSlash >= 0 ? colonSlash + 2 : 0;
        int colon = before.indexOf(':', start);
        return colon < 0 ? null : new int[] {colon + 1, at};
    }

    /** Everything in {@code text} that may be a password, as written and percent-decoded. */
    private static List<String> secrets(String text) {
        List<String> out = new ArrayList<>();
        int[] span = passwordSpan(text);
        if (span != null) {
            out.add(text.substring(span[0], span[1]));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)password=([^&\\s]*)").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        for (String raw : List.copyOf(out)) {
            try {
                out.add(decode(raw, "password", ""));
            } catch (IllegalArgumentException e) {
                // not decodable: only the raw form can appear
            }
        }
        out.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return out;
    }
}
