package dev.retort.connection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What libpq users expect to work: {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGDATABASE} name a
 * database, and a password missing from a URL comes from {@code PGPASSWORD} or the password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}; ignored, as libpq does, when others may read it).
 */
public final class LibpqEnvironment {
    private final Map<String, String> env;
    private final Path home;

    public LibpqEnvironment(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    public static LibpqEnvironment system() {
        return new LibpqEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The database the PG* variables name, or null when neither PGHOST nor PGDATABASE is set. */
    public DatabaseUrl database() {
        String host = env.get("PGHOST");
        String database = env.get("PGDATABASE");
        if (blank(host) && blank(database)) {
            return null;
        }
        String user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        try {
            return DatabaseUrl.of(host, env.get("PGPORT"), blank(database) ? user : database, user);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PGHOST/PGPORT: " + e.getMessage(), e);
        }
    }

    /** The URL with a password filled in from PGPASSWORD or the password file when it has none. */
    public DatabaseUrl withPassword(DatabaseUrl url) {
        if (url.hasPassword()) {
            return url;
        }
        String password = env.get("PGPASSWORD");
        if (password == null) {
            password = fromPasswordFile(url);
        }
        return password == null ? url : url.withPassword(password);
    }

    /**
     * What libpq adds to a connection the URL leaves open: the password ({@link #withPassword}) and the session
     * options of {@code PGOPTIONS} (e.g. {@code -c search_path=app}) unless the URL has {@code options=}.
     */
    public DatabaseUrl complete(DatabaseUrl url) {
        DatabaseUrl out = withPassword(url);
        String options = env.get("PGOPTIONS");
        return blank(options) ? out : out.withDefaultParameter("options", options.strip());
    }

    private String fromPasswordFile(DatabaseUrl url) {
        Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file) || readableByOthers(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        String user = url.user() == null ? System.getProperty("user.name") : url.user();
        String database = url.database() == null ? user : url.database();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() == 5 && matches(fields.get(0), url.host()) && matches(fields.get(1), "" + url.port())
                    && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                return fields.get(4);
            }
        }
        return null;
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value)
                || (pattern.equals("localhost") && (value.equals("127.0.0.1") || value.equals("::1")));
    }

    /** Splits at unescaped colons; {@code \:} and {@code \\} stand for themselves. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (ch == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
