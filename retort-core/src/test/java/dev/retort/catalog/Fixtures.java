package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.connection.DatabaseUrl;
import dev.retort.plan.MigrationPlan;
import dev.retort.runner.PlanExecutor;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Test helpers: the in-repo schema corpus, the roles it grants to, snapshots and script application. */
public final class Fixtures {
    public static final List<String> CORPUS = List.of("01_commerce.sql", "02_every_kind.sql", "03_quoting.sql",
            "04_more_kinds.sql");

    private Fixtures() {
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Roles are cluster-wide: created once, tolerating other tests creating them at the same moment. */
    /**
     * A lock for tests that create or drop roles while they run: the snapshot cache's key covers the server's roles,
     * so a test that expects a cache hit holds it (shared) while such a test holds it alone.
     */
    public static final String SERVER_ROLES = "the server's roles";

    public static void ensureRoles(TestDatabase db) throws SQLException {
        for (String role : List.of("retort_reader", "\"Mixed Role\"")) {
            db.execute("DO $$ BEGIN CREATE ROLE " + role + "; "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        }
    }

    /** Loads the whole corpus into a database. */
    public static void loadCorpus(TestDatabase db) throws SQLException {
        ensureRoles(db);
        for (String file : CORPUS) {
            db.execute(resource("corpus/" + file));
        }
    }

    public static CatalogSnapshot inspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return new CatalogInspector().inspect(c);
        }
    }

    /** Applies a plan the way Retort does ({@link PlanExecutor}); the failing statement is in the message. */
    public static void apply(TestDatabase db, MigrationPlan plan) throws SQLException {
        try (Connection c = db.connect()) {
            PlanExecutor.apply(c, plan);
        }
    }

    public static void assertSameObjects(CatalogSnapshot actual, CatalogSnapshot expected) {
        TreeSet<ObjectId> ids = new TreeSet<>(actual.objects().keySet());
        ids.addAll(expected.objects().keySet());
        List<String> differences = new ArrayList<>();
        for (ObjectId id : ids) {
            CatalogObject a = actual.get(id);
            CatalogObject e = expected.get(id);
            if (!Objects.equals(a, e)) {
                differences.add(id + "\n    expected: " + e + "\n    actual:   " + a);
            }
        }
        assertThat(differences).as("objects that differ").isEmpty();
    }

    /**
     * pg_dump --schema-only of the database, without its comment lines; null when no pg_dump can read this server
     * (the embedded binaries ship none; an older pg_dump cannot dump a newer server).
     */
    public static String schemaDump(TestDatabase db) throws IOException, InterruptedException {
        DatabaseUrl url = DatabaseUrl.parse(db.jdbcUrl());
        Integer dumpMajor = pgDumpMajor();
        if (dumpMajor == null || dumpMajor < db.server().major()) {
            return null;
        }
        ProcessBuilder pb = new ProcessBuilder("pg_dump", "--schema-only", "-h", url.host(), "-p",
                Integer.toString(url.port()), "-U", url.user(), url.database());
        String password = url.connectionProperties().getProperty("password");
        if (password != null) {
            pb.environment().put("PGPASSWORD", password);
        }
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> !l.startsWith("--") && !l.startsWith("\\restrict")
                && !l.startsWith("\\unrestrict")).collect(Collectors.joining("\n"));
    }

    /** pg_dump's major version, asked once a test run; empty when there is no pg_dump. */
    private static final java.util.concurrent.atomic.AtomicReference<java.util.Optional<Integer>> PG_DUMP_MAJOR =
            new java.util.concurrent.atomic.AtomicReference<>();

    private static Integer pgDumpMajor() {
        return PG_DUMP_MAJOR.updateAndGet(known -> known != null ? known
                : java.util.Optional.ofNullable(askPgDumpMajor())).orElse(null);
    }

    private static Integer askPgDumpMajor() {
        try {
            Process p = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.").matcher(out);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
