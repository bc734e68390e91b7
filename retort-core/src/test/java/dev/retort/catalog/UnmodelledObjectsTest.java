package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Objects of kinds Retort does not model are named as skipped, never silently left out. */
@RetortDatabaseTest
class UnmodelledObjectsTest {
    @Test
    void unmodelledObjectsAreNamedAndTheirPlanSaysSo(TestServer server) throws Exception {
        try (TestDatabase db = server.createDatabase(); TestDatabase empty = server.createDatabase()) {
            db.execute("""
                    CREATE TABLE t (a int, b int);
                    CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
                    CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);
                    CREATE COLLATION my_c (locale = 'C');
                    CREATE STATISTICS t_ab ON a, b FROM t;
                    CREATE TEXT SEARCH CONFIGURATION my_english (COPY = english);
                    CREATE RULE t_quiet AS ON DELETE TO t DO INSTEAD NOTHING;
                    CREATE FOREIGN DATA WRAPPER retort_fdw;
                    CREATE SERVER retort_server FOREIGN DATA WRAPPER retort_fdw;
                    CREATE FOREIGN TABLE ft (id int) SERVER retort_server;
                    CREATE EXTENSION IF NOT EXISTS plpgsql;
                    """);
            CatalogSnapshot snapshot = Fixtures.inspect(db);
            assertThat(snapshot.unmodelled()).containsExactlyInAnyOrder(
                    "operator public.===(integer,integer)", "foreign-data wrapper retort_fdw",
                    "server retort_server", "foreign table public.ft");

            MigrationPlan plan = new MigrationPlanner().plan(Fixtures.inspect(empty), snapshot);
            assertThat(plan.skipped()).isEqualTo(snapshot.unmodelled());
            assertThat(plan.skippedSummary()).startsWith("skipped 4 objects of kinds Retort does not model, "
                    + "not compared: foreign table public.ft; ");
            // Collations, statistics, rules and text search objects are modelled kinds now: planned, not skipped.
            assertThat(plan.toSql()).contains("CREATE TABLE public.t", "CREATE COLLATION public.my_c",
                    "CREATE STATISTICS public.t_ab", "CREATE RULE t_quiet",
                    "CREATE TEXT SEARCH CONFIGURATION public.my_english").doesNotContain("OPERATOR", "ft");
        }
    }
}
