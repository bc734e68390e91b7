package dev.retort.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.catalog.ObjectKind;
import dev.retort.declared.PgView;
import dev.retort.declared.SchemaBuilder;
import dev.retort.declared.SqlFolder;
import dev.retort.plan.MigrationPlan;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a declaration owns: kinds and schemas; everything else is the target's and is never created or dropped. */
@RetortDatabaseTest
class DeclaredScopeTest {
    private static final DeclaredScope ENTITIES = new DeclaredScope(List.of(), List.of(), DeclaredScope.ENTITIES,
            "public");

    @Test
    void entitiesOnlyViewOverTargetTablesLeavesTablesAlone(TestDatabase target, @TempDir Path dir) throws Exception {
        target.execute("""
                CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
                CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers (id), total numeric);
                CREATE INDEX orders_total ON orders (total);
                CREATE VIEW stale AS SELECT id FROM orders;
                """);
        DeclaredBuildTest.write(dir, "views/a_customer_totals.sql", """
                CREATE VIEW customer_totals AS
                SELECT c.name, sum(o.total) AS total
                FROM customers c JOIN orders o ON o.customer_id = c.id
                GROUP BY c.name;
                """);
        MigrationPlan plan = Declared.apply(target, SqlFolder.read(dir), ENTITIES);
        // pg_get_viewdef's layout differs between majors: check the statements, not the exact text.
        assertThat(plan.statements()).extracting(s -> s.action() + " " + s.object()).containsExactly(
                "DROP view public.stale", "CREATE view public.customer_totals");
        assertThat(plan.toSql()).contains("JOIN public.orders o ON ((o.customer_id = c.id))");
        assertThat(target.queryColumn("SELECT count(*) FROM pg_class WHERE relname IN ('customers', 'orders', "
                + "'orders_total', 'orders_id_seq', 'customers_pkey')")).containsExactly("5");
    }

    @Test
    void excludedSchemasAreTheTargetsAndStillVisibleToDeclarations(TestDatabase target) throws Exception {
        target.execute("""
                CREATE SCHEMA audit;
                CREATE TABLE audit.log (at timestamptz, what text);
                CREATE VIEW audit.recent AS SELECT * FROM audit.log;
                """);
        DeclaredScope scope = new DeclaredScope(List.of(), List.of("audit"), EnumSet.allOf(ObjectKind.class), "public");
        MigrationPlan plan = Declared.apply(target, new SchemaBuilder()
                .add(new PgView("public", "last_change", "SELECT max(at) AS at FROM audit.log")).build(), scope);
        assertThat(plan.toSql()).startsWith("CREATE VIEW public.last_change").doesNotContain("audit.recent")
                .doesNotContain("DROP");
    }

    @Test
    void excludedTablesAndWhatHangsOnThemAreTheTargets(TestDatabase target) throws Exception {
        target.execute("""
                CREATE TABLE spatial_ref_sys (srid int PRIMARY KEY, name text);
                CREATE INDEX spatial_ref_sys_name ON spatial_ref_sys (name);
                CREATE TABLE gone (id int);
                """);
        DeclaredScope scope = new DeclaredScope(List.of(), List.of(), EnumSet.allOf(ObjectKind.class), "public",
                true, List.of("public.spatial_ref_sys"));
        MigrationPlan plan = Declared.apply(target, new SchemaBuilder()
                .add(new PgView("public", "srids", "SELECT srid FROM public.spatial_ref_sys")).build(), scope);
        // The declaration may use the excluded table; the table, its key and its index are neither dropped nor
        // changed, while an undeclared table that is not excluded is dropped.
        assertThat(plan.statements()).extracting(s -> s.action() + " " + s.object())
                .containsExactlyInAnyOrder("DROP table public.gone", "CREATE view public.srids");
        assertThat(target.queryColumn("SELECT count(*) FROM pg_class WHERE relname IN ('spatial_ref_sys', "
                + "'spatial_ref_sys_pkey', 'spatial_ref_sys_name')")).containsExactly("3");
    }

    @Test
    void retortsVersionTablesAreNeverInScope(TestDatabase target) throws Exception {
        target.execute("CREATE TABLE retort_version (revision text); CREATE TABLE retort_history (revision text);"
                + "CREATE TABLE dropped (id int)");
        MigrationPlan plan = Declared.plan(target, new SchemaBuilder().build(), DeclaredScope.ALL);
        assertThat(Declared.statements(plan)).isEqualTo("DROP TABLE public.dropped;\n");
    }

    @Test
    void kindsAreReadFromLabelsPluralsAndEntities() {
        assertThat(DeclaredScope.parseKinds(List.of("views", "materialized_view", "Functions", "policies")))
                .containsExactlyInAnyOrder(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW, ObjectKind.FUNCTION,
                        ObjectKind.POLICY);
        assertThat(DeclaredScope.parseKinds(List.of("entities"))).isEqualTo(DeclaredScope.ENTITIES);
        assertThatThrownBy(() -> DeclaredScope.parseKinds(List.of("viewz")))
                .isInstanceOf(RetortException.class).hasMessageStartingWith("unknown object kind 'viewz' (known: ");
    }
}
