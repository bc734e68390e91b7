package dev.retort.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity objects read from SQL and rendered back, without a database; and the errors on SQL they cannot read. */
class DeclaredEntitySqlTest {
    @Test
    void viewKeepsCaseQuotingAndBodyVerbatim() {
        PgView v = PgView.fromSql("""
                -- leading comment
                create or replace view "Sales"."Big Orders" as
                select 'a;b' as "x::y", 'http://h/p?q=1' -- trailing: comment
                ;""");
        assertThat(v.schema()).isEqualTo("Sales");
        assertThat(v.name()).isEqualTo("Big Orders");
        assertThat(v.definition()).isEqualTo("select 'a;b' as \"x::y\", 'http://h/p?q=1' -- trailing: comment");
        assertThat(v.toSql()).startsWith("CREATE VIEW \"Sales\".\"Big Orders\" AS\nselect")
                .as("a semicolon after a line comment would be commented out").endsWith("comment\n;");
        assertThat(PgView.fromSql(v.toSql())).isEqualTo(v);
        assertThat(PgView.fromSql("CREATE VIEW Orders_V AS SELECT 1").name()).as("unquoted names fold").isEqualTo("orders_v");
        assertThat(v.label()).isEqualTo("view \"Sales\".\"Big Orders\"");
    }

    @Test
    void materializedViewReadsItsDataFlag() {
        PgMaterializedView m = PgMaterializedView.fromSql("CREATE MATERIALIZED VIEW public.t AS SELECT 1 AS n WITH NO DATA");
        assertThat(m.withData()).isFalse();
        assertThat(m.definition()).isEqualTo("SELECT 1 AS n");
        assertThat(PgMaterializedView.fromSql("CREATE MATERIALIZED VIEW t AS SELECT 1 WITH DATA;").withData()).isTrue();
        assertThat(PgMaterializedView.fromSql(m.toSql())).isEqualTo(m);
        assertThatThrownBy(() -> m.withIndex("CREATE TABLE x (id int)"))
                .hasMessageContaining("expected INDEX, found 'TABLE'");
    }

    @Test
    void functionsAndProceduresSplitSignatureFromDefinition() {
        PgFunction f = PgFunction.fromSql("""
                CREATE FUNCTION public.f(a int DEFAULT (1 + 2), "B" text = ')')
                RETURNS int LANGUAGE sql AS $$ SELECT a -- ) ;
                $$""");
        assertThat(f.arguments()).isEqualTo("a int DEFAULT (1 + 2), \"B\" text = ')'");
        assertThat(f.definition()).startsWith("RETURNS int LANGUAGE sql AS $$");
        assertThat(PgFunction.fromSql(f.toSql())).isEqualTo(f);
        PgProcedure p = PgProcedure.fromSql("CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END");
        assertThat(p.schema()).isNull();
        assertThat(p.definition()).isEqualTo("LANGUAGE sql BEGIN ATOMIC SELECT 1; END");
        assertThat(PgProcedure.fromSql(p.toSql())).isEqualTo(p);
    }

    @Test
    void triggersPoliciesExtensionsAndGrants() {
        PgTrigger t = PgTrigger.fromSql("CREATE TRIGGER \"Touch\" AFTER UPDATE OF \"On\" ON s.\"Orders\" "
                + "FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION s.touch()");
        assertThat(List.of(t.schema(), t.table(), t.name(), t.timing())).containsExactly("s", "Orders", "Touch",
                "AFTER UPDATE OF \"On\"");
        assertThat(PgTrigger.fromSql(t.toSql())).isEqualTo(t);

        PgPolicy p = PgPolicy.fromSql("CREATE POLICY \"Own\" ON accounts AS RESTRICTIVE FOR UPDATE USING (true)");
        assertThat(p.schema()).isNull();
        assertThat(p.definition()).isEqualTo("AS RESTRICTIVE FOR UPDATE USING (true)");
        assertThat(PgPolicy.fromSql(p.toSql())).isEqualTo(p);

        PgExtension e = PgExtension.fromSql("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA ext VERSION '1.1'");
        assertThat(e).isEqualTo(new PgExtension("ext", "uuid-ossp", "1.1"));
        assertThat(PgExtension.fromSql(e.toSql())).isEqualTo(e);

        PgGrantTable g = PgGrantTable.fromSql("grant select, update (\"Note\", b) on table s.t to \"Reader\" with grant option");
        assertThat(g).isEqualTo(new PgGrantTable("s", "t", "Reader", List.of("SELECT", "UPDATE (\"Note\", b)"), true));
        assertThat(PgGrantTable.fromSql(g.toSql())).isEqualTo(g);
        assertThat(PgGrantTable.fromSql("GRANT ALL ON t TO PUBLIC").role()).isEqualTo("PUBLIC");
    }

    @Test
    void sqlTheyCannotReadIsAClearError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PgView.fromSql("CREATE TABLE t (id int)"))
                .isInstanceOf(DeclarationException.class)
                .hasMessage("cannot read a view: expected VIEW, found 'TABLE' at line 1");
        assertThatThrownBy(() -> PgView.fromSql("CREATE VIEW a AS SELECT 1; CREATE VIEW b AS SELECT 2"))
                .hasMessage("cannot read a view: expected one statement, found 2");
        assertThatThrownBy(() -> PgFunction.fromSql("CREATE FUNCTION f(a int RETURNS int"))
                .hasMessageContaining("cannot read a function: unbalanced parentheses");
        assertThatThrownBy(() -> PgFunction.fromSql("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1"))
                .hasMessageContaining("unterminated dollar-quoted string");
        assertThatThrownBy(() -> PgTrigger.fromSql("CREATE TRIGGER t EXECUTE FUNCTION f()"))
                .hasMessageContaining("expected BEFORE, AFTER or INSTEAD OF ... ON table");
        assertThatThrownBy(() -> PgGrantTable.fromSql("GRANT SELECT ON t TO r, s"))
                .hasMessageContaining("unexpected text, found ','");
        assertThatThrownBy(() -> PgPolicy.fromSql("   ")).hasMessage("cannot read a policy: the SQL is empty");

        Path file = dir.resolve("v.sql");
        Files.writeString(file, "\n\nCREATE VIEW v SELECT 1");
        assertThatThrownBy(() -> PgView.fromPath(file))
                .hasMessage(file + ": cannot read a view: expected AS, found 'SELECT' at line 3");
        Files.writeString(file, "CREATE VIEW v AS SELECT 1;\n");
        assertThat(PgView.fromPath(file)).isEqualTo(new PgView(null, "v", "SELECT 1"));
    }
}
