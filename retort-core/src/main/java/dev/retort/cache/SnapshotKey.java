package dev.retort.cache;

import dev.retort.declared.DeclaredStatement;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key of a cached declared snapshot: a SHA-256 over everything the snapshot is a function of — the statements
 * run in the dev database (text, order, and which file each came from, since session settings hold per file), the
 * scope, the dev server (version, role, and the settings and offerings that change what the catalog says) and
 * this build of Retort (the codec's record shapes, the cache format, and the build's own identity). Each part is
 * written with its label and length, so no two different inputs run together into the same bytes.
 */
public final class SnapshotKey {
    /** Bumped when what a key covers or how an entry is written changes. */
    static final int FORMAT = 1;

    /**
     * What of the dev server changes the catalog a declaration reads as: the full version, the inspecting role
     * (owners equal to it read as none), the settings PostgreSQL renders constants with, the encoding and locale of
     * {@code template0} (what a dev database is made from), the defaults a CREATE takes, and the extensions, roles
     * and tablespaces the server has.
     */
    static final String SERVER_QUERY = """
            SELECT concat_ws(E'\\n', current_setting('server_version_num'), current_user,
                current_setting('DateStyle'), current_setting('IntervalStyle'), current_setting('TimeZone'),
                current_setting('extra_float_digits'), current_setting('default_table_access_method'),
                current_setting('default_toast_compression', true), current_setting('standard_conforming_strings'),
                (SELECT pg_encoding_to_char(encoding) || ' ' || datcollate || ' ' || datctype
                   FROM pg_database WHERE datname = 'template0'),
                (SELECT md5(string_agg(name || ' ' || coalesce(default_version, ''), ',' ORDER BY name))
                   FROM pg_available_extensions),
                (SELECT md5(string_agg(rolname, ',' ORDER BY rolname)) FROM pg_roles),
                (SELECT md5(string_agg(spcname, ',' ORDER BY spcname)) FROM pg_tablespace))""";

    private final MessageDigest digest;

    private SnapshotKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
        part("format", Integer.toString(FORMAT));
        part("records", SnapshotCodec.FINGERPRINT);
        part("build", BUILD);
    }

    /** A key with this build's identity in it; add the rest with {@link #part} and {@link #statements}. */
    public static SnapshotKey start() {
        return new SnapshotKey();
    }

    /** Adds one labelled part. */
    public SnapshotKey part(String label, String value) {
        bytes(label.getBytes(StandardCharsets.UTF_8));
        bytes(value == null ? new byte[] {(byte) 0xff} : value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds statements in order: each one's text and where it came from (its file, or the Java object). */
    public SnapshotKey statements(String label, List<DeclaredStatement> statements) {
        part(label, Integer.toString(statements.size()));
        for (DeclaredStatement s : statements) {
            part("from", s.source().file() != null ? s.source().file().toString() : s.source().definedBy());
            part("sql", s.sql());
        }
        return this;
    }

    /** Adds what {@link #SERVER_QUERY} says of the server {@code connection} is on. */
    public SnapshotKey server(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(SERVER_QUERY)) {
            rs.next();
            return part("server", rs.getString(1));
        }
    }

    /** The key, 64 hexadecimal digits. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void bytes(byte[] b) {
        int n = b.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(b);
    }

    /**
     * This build of Retort: the jar's size and time (or, run from class folders, the newest class file's time), so
     * a rebuilt Retort never reads what another build's inspector wrote.
     */
    private static final String BUILD = build();

    private static String build() {
        String version = String.valueOf(SnapshotKey.class.getPackage().getImplementationVersion());
        try {
            CodeSource source = SnapshotKey.class.getProtectionDomain().getCodeSource();
            Path path = source == null ? null : Path.of(source.getLocation().toURI());
            if (path == null) {
                return version;
            }
            if (Files.isRegularFile(path)) {
                return version + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
            }
            long newest = 0;
            try (Stream<Path> files = Files.walk(path.resolve("dev/retort"))) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                }
            }
            return version + " classes " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + " unknown " + System.nanoTime(); // no identity: no entry this process writes is reused
        }
    }
}
