package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
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
            Fixtures.apply(target, build);
            CatalogSnapshot rebuilt = Fixtures.inspect(target);
            Fixtures.assertSameObjects(rebuilt, wanted);
            assertThat(rebuilt.dependencies().edgeCount()).isEqualTo(wanted.dependencies().edgeCount());
            assertThat(planner.plan(rebuilt, wanted).isEmpty()).as("nothing left to do").isTrue();
            String dumpOfSource = Fixtures.schemaDump(source);
            if (dumpOfSource != null) {
                String dumpOfTarget = Fixtures.schemaDump(target);
                if (!dumpOfTarget.equals(dumpOfSource)) {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target/dump-source.sql"), dumpOfSource);
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target/dump-rebuilt.sql"), dumpOfTarget);
                }
                assertThat(dumpOfTarget).as("pg_dump of the rebuilt database (see target/dump-*.sql)")
                        .isEqualTo(dumpOfSource);
            }

            MigrationPlan teardown = planner.plan(rebuilt, empty);
            Fixtures.apply(target, teardown);
            Fixtures.assertSameObjects(Fixtures.inspect(target), empty);
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
}
