package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Fixtures;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hazards the planner writes next to statements: what each kind of change may do to a live database. */
@RetortDatabaseTest
class HazardsTest {
    private static MigrationPlan plan(TestServer server, String a, String b) throws Exception {
        return plan(server, a, b, true);
    }

    private static MigrationPlan plan(TestServer server, String a, String b, boolean online) throws Exception {
        try (TestDatabase from = server.createDatabase(); TestDatabase to = server.createDatabase()) {
            from.execute(a);
            to.execute(b);
            CatalogSnapshot fromSnapshot = Fixtures.inspect(from);
            CatalogSnapshot toSnapshot = Fixtures.inspect(to);
            return new MigrationPlanner(online).plan(fromSnapshot, toSnapshot);
        }
    }

    private static PlannedStatement statement(MigrationPlan plan, String sqlStart) {
        List<PlannedStatement> found = plan.statements().stream().filter(s -> s.sql().startsWith(sqlStart)).toList();
        assertThat(found).as("one statement starting %s in\n%s", sqlStart, plan.toSql()).hasSize(1);
        return found.get(0);
    }

    @Test
    void droppingATableLosesItsRowsUnderAnExclusiveLock(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "CREATE TABLE t (id int); CREATE TABLE keep (id int);",
                "CREATE TABLE keep (id int);");
        assertThat(statement(plan, "DROP TABLE public.t").hazards())
                .containsExactlyInAnyOrder(Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK);
    }

    @Test
    void droppingATypeOrSequenceLosesData(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "CREATE TYPE mood AS ENUM ('a'); CREATE SEQUENCE s; CREATE DOMAIN d AS int;",
                "");
        assertThat(statement(plan, "DROP TYPE public.mood").hazards()).containsExactly(Hazard.DATA_LOSS);
        assertThat(statement(plan, "DROP SEQUENCE public.s").hazards()).containsExactly(Hazard.DATA_LOSS);
        assertThat(statement(plan, "DROP DOMAIN public.d").hazards()).containsExactly(Hazard.DATA_LOSS);
    }

    @Test
    void newPartsOfAnExistingTableLockOrBuildAnIndex(TestServer server) throws Exception {
        MigrationPlan online = plan(server, "CREATE TABLE t (a int, b int, c int);",
                "CREATE TABLE t (a int, b int UNIQUE, c int CHECK (c > 0)); CREATE INDEX t_a ON t (a);");
        assertThat(statement(online, "CREATE INDEX CONCURRENTLY t_a").hazards()).containsExactly(Hazard.INDEX_BUILD);
        assertThat(statement(online, "CREATE INDEX CONCURRENTLY t_a").execution())
                .isEqualTo(PlannedStatement.Execution.AUTOCOMMIT);
        assertThat(statement(online, "CREATE UNIQUE INDEX CONCURRENTLY t_b_key").hazards())
                .containsExactly(Hazard.INDEX_BUILD);
        assertThat(statement(online, "ALTER TABLE public.t ADD CONSTRAINT t_b_key UNIQUE USING INDEX").hazards())
                .containsExactly(Hazard.ACCESS_EXCLUSIVE_LOCK);
        assertThat(statement(online, "ALTER TABLE public.t VALIDATE CONSTRAINT t_c_check").hazards()).isEmpty();

        MigrationPlan plan = plan(server, "CREATE TABLE t (a int, b int, c int);",
                "CREATE TABLE t (a int, b int UNIQUE, c int CHECK (c > 0)); CREATE INDEX t_a ON t (a);", false);
        assertThat(plan.hasAutocommit()).as("no online recipes").isFalse();
        assertThat(statement(plan, "CREATE INDEX t_a").hazards()).containsExactly(Hazard.INDEX_BUILD);
        assertThat(statement(plan, "ALTER TABLE public.t ADD CONSTRAINT t_b_key UNIQUE").hazards())
                .containsExactlyInAnyOrder(Hazard.INDEX_BUILD, Hazard.ACCESS_EXCLUSIVE_LOCK);
        assertThat(statement(plan, "ALTER TABLE public.t ADD CONSTRAINT t_c_check CHECK").hazards())
                .containsExactly(Hazard.ACCESS_EXCLUSIVE_LOCK);
    }

    @Test
    void partsOfANewTableHaveNoHazards(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "", "CREATE TABLE t (a int UNIQUE, c int CHECK (c > 0));"
                + " CREATE INDEX t_a ON t (a);");
        assertThat(plan.statements()).isNotEmpty().allSatisfy(s -> assertThat(s.hazards()).isEmpty());
    }

    @Test
    void aRewriteIsNotedWithTheSizeOfTheTableFromTheCatalog(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 5000);"
                + " ANALYZE t;", "CREATE TABLE t (id bigint);");
        assertThat(statement(plan, "ALTER TABLE public.t ALTER COLUMN id TYPE bigint").note())
                .matches("public\\.t: about 5000 rows, 1\\d\\d kB on disk");
        assertThat(plan.toSql()).contains("-- note: public.t: about 5000 rows");
    }

    @Test
    void aColumnTypeChangeRewritesTheTable(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "CREATE TABLE t (id int);", "CREATE TABLE t (id bigint);");
        assertThat(statement(plan, "ALTER TABLE public.t ALTER COLUMN id TYPE bigint").hazards())
                .containsExactlyInAnyOrder(Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK);
    }

    @Test
    void droppingAColumnLosesItsData(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "CREATE TABLE t (id int, gone text);", "CREATE TABLE t (id int);");
        assertThat(statement(plan, "ALTER TABLE public.t DROP COLUMN gone").hazards()).contains(Hazard.DATA_LOSS);
    }

    @Test
    void aNewEnumValueCommitsBeforeTheRest(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "CREATE TYPE mood AS ENUM ('sad');",
                "CREATE TYPE mood AS ENUM ('sad', 'ok');");
        PlannedStatement add = statement(plan, "ALTER TYPE public.mood ADD VALUE 'ok'");
        assertThat(add.hazards()).isEqualTo(Set.of(Hazard.NEW_ENUM_VALUE));
        assertThat(add.transactional()).isFalse();
    }

    @Test
    void creatingAndDroppingViewsAndFunctionsHasNoHazards(TestServer server) throws Exception {
        MigrationPlan plan = plan(server, "CREATE VIEW old AS SELECT 1 AS x;",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';");
        assertThat(statement(plan, "DROP VIEW public.old").hazards()).isEmpty();
        assertThat(statement(plan, "CREATE OR REPLACE FUNCTION public.f()").hazards()).isEmpty();
    }
}
