package dev.retort.declared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.catalog.Fixtures;
import dev.retort.catalog.ObjectKind;
import dev.retort.devdb.Declared;
import dev.retort.devdb.DeclaredScope;
import dev.retort.plan.MigrationPlan;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Every entity class against a live database, in the spirit of Alembic Utils' suite: create, no-op, replace, drop,
 * each a round trip (plan, apply to the target, plan again: nothing left). Tables come from the target, as when
 * another tool manages them, unless a test owns every kind.
 */
@RetortDatabaseTest
class DeclaredEntitiesTest {
    private static final DeclaredScope ENTITIES = scope(DeclaredScope.ENTITIES);
    private static final String TABLES = """
            CREATE TABLE "Orders" (id int PRIMARY KEY, total numeric NOT NULL, note text, touched timestamptz);
            CREATE TABLE accounts (id int PRIMARY KEY, owner name NOT NULL);
            """;

    @Test
    void view(TestDatabase target) throws Exception {
        target.execute(TABLES);
        lifecycle(target, ENTITIES,
                new PgView("public", "big_orders", "SELECT id, total FROM \"Orders\" WHERE total > 100"),
                new PgView("public", "big_orders", "SELECT id, total, note FROM \"Orders\" WHERE total > 1000"),
                "VIEW public.big_orders");
    }

    @Test
    void materializedViewWithItsIndexesWithAndWithoutData(TestDatabase target) throws Exception {
        target.execute(TABLES);
        PgMaterializedView v1 = new PgMaterializedView("public", "Totals", "SELECT id, total FROM \"Orders\"", true)
                .withIndex("CREATE UNIQUE INDEX totals_id ON public.\"Totals\" (id)");
        PgMaterializedView v2 = new PgMaterializedView("public", "Totals", "SELECT id, total FROM \"Orders\"", false)
                .withIndex("CREATE UNIQUE INDEX totals_id ON public.\"Totals\" (id)");
        MigrationPlan created = lifecycle(target, ENTITIES, v1, v2, "MATERIALIZED VIEW public.\"Totals\"");
        assertThat(created.toSql()).contains("CREATE UNIQUE INDEX totals_id");
    }

    @Test
    void overloadedFunctionsAndAwkwardBodies(TestDatabase target) throws Exception {
        target.execute(TABLES);
        PgFunction ofInt = new PgFunction("public", "Describe", "n integer", """
                RETURNS text LANGUAGE sql IMMUTABLE
                AS $$ SELECT 'int: ' || n::text -- a comment; with a semicolon
                $$""");
        PgFunction ofText = PgFunction.fromSql("""
                CREATE OR REPLACE FUNCTION public."Describe"(t text) RETURNS text LANGUAGE plpgsql AS $body$
                BEGIN
                    -- quotes ' and "double", a URL and casts: http://example.com/a?b=c&d=e
                    RETURN 'text: ' || t || ' see https://example.com:8080/x' || ':' || 1::text || $$ $$;
                END
                $body$;""");
        assertThat(ofText.name()).isEqualTo("Describe");
        assertThat(ofText.arguments()).isEqualTo("t text");
        PgFunction ofTextChanged = new PgFunction("public", "Describe", "t text",
                "RETURNS text LANGUAGE sql AS $$ SELECT 'changed: ' || t $$");

        MigrationPlan create = Declared.apply(target, schema(ofInt, ofText), ENTITIES);
        assertThat(create.toSql()).contains("FUNCTION public.\"Describe\"(n integer)")
                .contains("FUNCTION public.\"Describe\"(t text)");
        assertThat(target.queryColumn("SELECT public.\"Describe\"(7) || ' / ' || public.\"Describe\"('x')"))
                .containsExactly("int: 7 / text: x see https://example.com:8080/x:1 ");

        MigrationPlan replace = Declared.apply(target, schema(ofInt, ofTextChanged), ENTITIES);
        assertThat(replace.toSql()).contains("CREATE OR REPLACE FUNCTION public.\"Describe\"(t text)")
                .doesNotContain("DROP FUNCTION");

        MigrationPlan drop = Declared.apply(target, schema(ofTextChanged), ENTITIES);
        assertThat(Declared.statements(drop)).isEqualTo("DROP FUNCTION public.\"Describe\"(integer);\n");
    }

    @Test
    void procedure(TestDatabase target) throws Exception {
        target.execute(TABLES);
        lifecycle(target, ENTITIES,
                new PgProcedure("public", "archive", "before numeric", "LANGUAGE sql AS $$ DELETE FROM \"Orders\" WHERE total < before $$"),
                PgProcedure.fromSql("CREATE PROCEDURE public.archive(before numeric) LANGUAGE sql "
                        + "AS $$ DELETE FROM \"Orders\" WHERE total <= before $$"),
                "PROCEDURE public.archive(numeric)", "PROCEDURE public.archive("); // 14+ writes "(IN before numeric)"
    }

    @Test
    void triggerOnAMixedCaseTable(TestDatabase target) throws Exception {
        target.execute(TABLES);
        PgFunction touch = new PgFunction("public", "touch", "",
                "RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := now(); RETURN NEW; END $$");
        PgTrigger v1 = new PgTrigger("public", "Orders", "Touch", "BEFORE UPDATE",
                "FOR EACH ROW EXECUTE FUNCTION public.touch()");
        PgTrigger v2 = PgTrigger.fromSql("CREATE TRIGGER \"Touch\" BEFORE INSERT OR UPDATE ON public.\"Orders\" "
                + "FOR EACH ROW EXECUTE FUNCTION public.touch()");
        assertThat(v2.table()).isEqualTo("Orders");
        Declared.apply(target, schema(touch, v1), ENTITIES);
        MigrationPlan replace = Declared.apply(target, schema(touch, v2), ENTITIES);
        // PostgreSQL 14 can replace a trigger in place; before it, the trigger is dropped and created again.
        assertThat(replace.toSql()).contains(target.server().major() >= 14 ? "CREATE OR REPLACE TRIGGER \"Touch\""
                        : "DROP TRIGGER \"Touch\" ON public.\"Orders\"")
                .contains("BEFORE INSERT OR UPDATE ON public.\"Orders\"").doesNotContain("DROP FUNCTION");
        target.execute("INSERT INTO \"Orders\" (id, total) VALUES (1, 5)");
        assertThat(target.queryColumn("SELECT touched IS NOT NULL FROM \"Orders\"")).containsExactly("t");
        MigrationPlan drop = Declared.apply(target, schema(touch), ENTITIES);
        assertThat(Declared.statements(drop)).isEqualTo("DROP TRIGGER \"Touch\" ON public.\"Orders\";\n");
    }

    @Test
    void policyOnAnUnqualifiedTable(TestDatabase target) throws Exception {
        target.execute(TABLES + "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;");
        PgPolicy v1 = PgPolicy.fromSql("CREATE POLICY owner_only ON accounts FOR SELECT USING (owner = current_user)");
        assertThat(v1.schema()).isNull();
        PgPolicy v2 = new PgPolicy(null, "accounts", "owner_only", "FOR ALL USING (owner = current_user)");
        lifecycle(target, ENTITIES, v1, v2, "POLICY owner_only ON public.accounts");
    }

    @Test
    void extensionFunctionsAreNeverDropped(TestDatabase target) throws Exception {
        target.execute(TABLES + "CREATE EXTENSION pgcrypto;");
        PgFunction hash = new PgFunction("public", "hash_note", "note text",
                "RETURNS text LANGUAGE sql AS $$ SELECT encode(public.digest(note, 'sha256'), 'hex') $$");
        // Entities only: the extension is the target's, recreated in the dev database, and never touched.
        MigrationPlan entities = Declared.apply(target, schema(hash), ENTITIES);
        assertThat(entities.toSql()).contains("FUNCTION public.hash_note(note text)").doesNotContain("DROP");
        // Owning extensions too: declared, it stays; its own functions are never in a plan.
        DeclaredScope withExtensions = scope(EnumSet.of(ObjectKind.EXTENSION, ObjectKind.FUNCTION));
        MigrationPlan owned = Declared.plan(target, schema(new PgExtension("public", "pgcrypto"), hash), withExtensions);
        assertThat(owned.toSql()).isEmpty();
        MigrationPlan dropped = Declared.plan(target, DeclaredSchema.EMPTY, withExtensions);
        assertThat(dropped.toSql()).contains("DROP EXTENSION pgcrypto;").contains("DROP FUNCTION public.hash_note")
                .doesNotContain("digest");
        assertThat(target.queryColumn("SELECT count(*) FROM pg_proc WHERE proname = 'digest'")).doesNotContain("0");
    }

    @Test
    void extension(TestDatabase target) throws Exception {
        target.execute("CREATE SCHEMA ext");
        DeclaredScope extensions = scope(EnumSet.of(ObjectKind.EXTENSION));
        lifecycle(target, extensions, new PgExtension("public", "citext"), PgExtension.fromSql(
                "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext"), "EXTENSION citext");
    }

    @Test
    @ResourceLock(Fixtures.SERVER_ROLES)
    void grantsOnAViewAndOnATable(TestDatabase target) throws Exception {
        String role = "retort_reader_" + Long.toString(System.nanoTime(), 36);
        target.execute("CREATE ROLE " + role);
        try {
            target.execute(TABLES);
            PgView view = new PgView("public", "notes", "SELECT id, note FROM \"Orders\"");
            MigrationPlan grant = Declared.apply(target, schema(view, new PgGrantTable("public", "notes", role,
                    List.of("SELECT"), false)), ENTITIES);
            assertThat(grant.toSql()).contains("GRANT SELECT ON TABLE public.notes TO " + role);
            MigrationPlan more = Declared.apply(target, schema(view, PgGrantTable.fromSql("GRANT select, update (note) "
                    + "ON notes TO " + role + " WITH GRANT OPTION")), ENTITIES);
            assertThat(more.toSql()).contains("WITH GRANT OPTION");

            // Owning every kind, a table's grants are the table's: declared with it.
            DeclaredSchema owned = new SchemaBuilder().sql(TABLES.replace("CREATE TABLE accounts", "CREATE TABLE x"))
                    .sql("CREATE TABLE accounts (id int PRIMARY KEY, owner name NOT NULL); "
                            + "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY")
                    .add(view, new PgGrantTable(null, "accounts", role, List.of("SELECT", "INSERT"), false)).build();
            MigrationPlan all = Declared.apply(target, owned, DeclaredScope.ALL);
            assertThat(all.toSql()).contains("GRANT INSERT, SELECT ON TABLE public.accounts TO " + role)
                    .contains("CREATE TABLE public.x");
        } finally {
            target.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    /** Create (then no-op), replace, drop: each applied to the target and then planned again to nothing. */
    private static MigrationPlan lifecycle(TestDatabase target, DeclaredScope scope, DeclaredEntity v1,
                                           DeclaredEntity v2, String object) throws Exception {
        return lifecycle(target, scope, v1, v2, object, object);
    }

    /** {@code created}: how the plan's CREATE names the object, when that differs from how DROP names it. */
    private static MigrationPlan lifecycle(TestDatabase target, DeclaredScope scope, DeclaredEntity v1,
                                           DeclaredEntity v2, String object, String created) throws Exception {
        MigrationPlan create = Declared.apply(target, schema(v1), scope);
        assertThat(create.toSql()).contains(created).doesNotContain("DROP");
        // Altered in place or dropped and created again, whichever the planner can: Declared.apply checks the result.
        MigrationPlan replace = Declared.apply(target, schema(v2), scope);
        assertThat(replace.toSql()).containsAnyOf(object, created);
        MigrationPlan drop = Declared.apply(target, DeclaredSchema.EMPTY, scope);
        assertThat(Declared.statements(drop)).startsWith("DROP " + object).doesNotContain("CREATE");
        return create;
    }

    private static DeclaredSchema schema(DeclaredEntity... entities) {
        return new SchemaBuilder().definedBy(DeclaredEntitiesTest.class.getSimpleName()).add(entities).build();
    }

    private static DeclaredScope scope(Set<ObjectKind> kinds) {
        return new DeclaredScope(List.of(), List.of(), kinds, "public");
    }
}
