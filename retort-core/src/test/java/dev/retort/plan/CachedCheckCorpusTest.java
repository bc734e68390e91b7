package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.cache.SnapshotCache;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Fixtures;
import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredSource;
import dev.retort.devdb.DeclaredScope;
import dev.retort.project.Schemas;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cached {@code check} gives the verdict an uncached one gives, on every pair of the corpus: the target holds one
 * side, the other is declared; the plan from the target to the declared snapshot is the same when the snapshot was
 * built (a miss, which stores it) and when it is read back (a hit). The target holding the declared side itself
 * (no change) must plan nothing either way.
 */
@RetortDatabaseTest
class CachedCheckCorpusTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> pairs() throws Exception {
        return SchemaPairsTest.pairs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void cachedCheckGivesTheUncachedVerdict(String title, SchemaPairsTest.Pair pair, boolean forward,
                                            TestServer server, @TempDir Path dir) throws Exception {
        assumeTrue(server.major() >= pair.requires(), "needs PostgreSQL " + pair.requires());
        try (TestDatabase target = server.createDatabase()) {
            Fixtures.ensureRoles(target);
            String current = pair.both() + (forward ? pair.a() : pair.b());
            String wanted = pair.both() + (forward ? pair.b() : pair.a());
            if (!current.isBlank()) {
                target.execute(current);
            }
            SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
            Connector live = Connector.of(DatabaseUrl.parse(target.jdbcUrl()));
            for (String declared : forward ? List.of(wanted, current) : List.of(wanted)) {
                DeclaredSchema schema = new DeclaredSchema(List.of(DeclaredSource.definedBy("pair", declared)));
                List<String> missLog = new CopyOnWriteArrayList<>();
                String uncached = check(live, schema, cache, missLog); // a miss: built as with no cache, and stored
                List<String> hitLog = new CopyOnWriteArrayList<>();
                String read = check(live, schema, cache, hitLog);
                assertThat(missLog).noneMatch(l -> l.contains("read from the snapshot cache"));
                assertThat(hitLog).anyMatch(l -> l.contains("read from the snapshot cache"));
                assertThat(read).as("read from the cache").isEqualTo(uncached);
                if (declared.equals(current)) {
                    assertThat(read).as("no change").isEmpty();
                } else {
                    assertThat(read).as("the sides differ").isNotEmpty();
                }
            }
        }
    }

    /** What {@code check} compares: the plan from the live schema to the declared one, as its script. */
    private static String check(Connector live, DeclaredSchema declared, SnapshotCache cache, List<String> log) {
        DeclaredScope scope = DeclaredScope.ALL;
        CatalogSnapshot wanted = Schemas.declaredSnapshot(declared, live, null, scope, cache, log::add);
        CatalogSnapshot actual = Schemas.inspectOwned(live, scope, log::add);
        return new MigrationPlanner().plan(actual, wanted).toSql();
    }
}
