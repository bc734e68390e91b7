package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.connection.DatabaseUrl;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inspector and DDL writer together: a schema rebuilt from its own snapshot must be the same schema, to
 * Retort's eyes and to pg_dump's, and the plan back to empty must remove it all.
 */
@RetortDatabaseTest
class RebuildRoundTripTest {
    private final MigrationPlanner planner = new MigrationPlanner();

    @Test
    void rebuildsTheCorpusIntoAnEmptyDatabaseAndDropsItAgain(TestServer server) throws Exception {
        roundTrip(server);
    }

    /** Catalog columns and renderings differ between majors; the oldest and newest supported are always tried. */
    @ParameterizedTest(name = "embedded PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void rebuildsOnTheOldestAndNewestMajor(int major) throws Exception {
        TestServer server = TestServer.embedded(major);
        assertThat(server.major()).isEqualTo(major);
        roundTrip(server);
    }

    private void roundTrip(TestServer server) throws Exception {
        try (TestDatabase source = server.createDatabase(); TestDatabase target = server.createDatabase()) {
            Fixtures.loadCorpus(source);
            CatalogSnapshot wanted = Fixtures.inspect(source);
            CatalogSnapshot empty = Fixtures.inspect(target);

            MigrationPlan build = planner.plan(empty, wanted);
            Fixtures.applyInOneTransaction(target, build.toSql());
            CatalogSnapshot rebuilt = Fixtures.inspect(target);
            assertSameObjects(rebuilt, wanted);
            assertThat(rebuilt.dependencies().edgeCount()).isEqualTo(wanted.dependencies().edgeCount());
            assertThat(planner.plan(rebuilt, wanted).isEmpty()).as("nothing left to do").isTrue();
            String dumpOfSource = schemaDump(source);
            if (dumpOfSource != null) {
                String dumpOfTarget = schemaDump(target);
                if (!dumpOfTarget.equals(dumpOfSource)) {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target/dump-source.sql"), dumpOfSource);
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target/dump-rebuilt.sql"), dumpOfTarget);
                }
                assertThat(dumpOfTarget).as("pg_dump of the rebuilt database (see target/dump-*.sql)")
                        .isEqualTo(dumpOfSource);
            }

            MigrationPlan teardown = planner.plan(rebuilt, empty);
            Fixtures.applyInOneTransaction(target, teardown.toSql());
            assertSameObjects(Fixtures.inspect(target), empty);
        }
    }

    @Test
    void thePlanIsTheSameTextEveryTime(TestDatabase db) throws Exception {
        Fixtures.loadCorpus(db);
        CatalogSnapshot first = Fixtures.inspect(db);
        CatalogSnapshot second = Fixtures.inspect(db);
        CatalogSnapshot none = new CatalogSnapshot(first.serverVersionNum(), new java.util.TreeMap<>(),
                DependencyGraph.builder().build());
        assertThat(planner.plan(none, second).toSql()).isEqualTo(planner.plan(none, first).toSql());
        assertThat(planner.plan(second, none).toSql()).isEqualTo(planner.plan(first, none).toSql());
    }

    static void assertSameObjects(CatalogSnapshot actual, CatalogSnapshot expected) {
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
    static String schemaDump(TestDatabase db) throws IOException, InterruptedException {
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

    private static Integer pgDumpMajor() {
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
