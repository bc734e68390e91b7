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
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cached {@code check} gives the verdict an uncached one gives, on every pair of the corpus: the target holds one
 * side, the other is declared; the plan from the target to the declared snapshot is the same when the snapshot was
 * built (a miss, which stores it) and when it is read back (a hit). The target holding the declared side itself
 * (no change) must plan nothing either way. One direction a pair is enough: it declares both sides, and the snapshot
 * read back must equal the one built, whatever is planned from it.
 */
@RetortDatabaseTest
@ResourceLock(value = Fixtures.SERVER_ROLES, mode = ResourceAccessMode.READ)
class CachedCheckCorpusTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> pairs() throws Exception {
        return SchemaPairsTest.pairs().filter(arguments -> (Boolean) arguments.get()[2]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void cachedCheckGivesTheUncachedVerdict(String title, SchemaPairsTest.Pair pair, boolean forward,
                                            TestServer server, @TempDir Path dir) throws Exception {
        assertThat(forward).isTrue();
        assumeTrue(server.major() >= pair.requires(), "needs PostgreSQL " + pair.requires());
        try (TestDatabase target = server.createDatabase()) {
            Fixtures.ensureRoles(target);
            String current = pair.both() + pair.a();
            String wanted = pair.both() + pair.b();
            if (!current.isBlank()) {
                target.execute(current);
            }
            SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
            Connector live = Connector.of(DatabaseUrl.parse(target.jdbcUrl()));
            for (String declared : List.of(wanted, current)) {
                DeclaredSchema schema = new DeclaredSchema(List.of(DeclaredSource.definedBy("pair", declared)));
                List<String> missLog = new CopyOnWriteArrayList<>();
                // A miss: built as with no cache, and stored; then a hit, read back.
                CatalogSnapshot built = Schemas.declaredSnapshot(schema, live, null, DeclaredScope.ALL, cache,
                        missLog::add);
                List<String> hitLog = new CopyOnWriteArrayList<>();
                CatalogSnapshot cached = Schemas.declaredSnapshot(schema, live, null, DeclaredScope.ALL, cache,
                        hitLog::add);
                assertThat(missLog).noneMatch(l -> l.contains("read from the snapshot cache"));
                assertThat(hitLog).anyMatch(l -> l.contains("read from the snapshot cache"));
                assertThat(cached.objects()).as("the objects read back").isEqualTo(built.objects());
                assertThat(cached.dependencies().edges()).as("the dependencies read back")
                        .isEqualTo(built.dependencies().edges());
                assertThat(cached.sizes()).as("the sizes read back").isEqualTo(built.sizes());
                String uncached = check(live, built);
                String read = check(live, cached);
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
    private static String check(Connector live, CatalogSnapshot wanted) {
        CatalogSnapshot actual = Schemas.inspectOwned(live, DeclaredScope.ALL, line -> { });
        return new MigrationPlanner().plan(actual, wanted).toSql();
    }
}
