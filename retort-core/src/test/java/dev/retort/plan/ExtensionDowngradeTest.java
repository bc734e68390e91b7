package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.catalog.Fixtures;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import org.junit.jupiter.api.Test;

/** An extension version with no update path back is refused, with the reason, when objects depend on it. */
@RetortDatabaseTest
class ExtensionDowngradeTest {
    @Test
    void downgradeUnderDependentsIsRefusedNamingThem(TestServer server) throws Exception {
        try (TestDatabase source = server.createDatabase(); TestDatabase target = server.createDatabase()) {
            source.execute("CREATE EXTENSION hstore VERSION '1.7'; CREATE TABLE t (h hstore);");
            target.execute("CREATE EXTENSION hstore VERSION '1.6'; CREATE TABLE t (h hstore);");
            assertThatThrownBy(() -> new MigrationPlanner().plan(Fixtures.inspect(source), Fixtures.inspect(target)))
                    .isInstanceOf(PlanException.class)
                    .hasMessage("extension hstore: the server has no update path from version 1.7 to 1.6, and "
                            + "dropping it to create it at 1.6 would drop what depends on it: table public.t; "
                            + "change the version by hand (or keep 1.7)");
        }
    }
}
