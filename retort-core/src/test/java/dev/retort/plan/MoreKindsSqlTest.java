package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.catalog.AccessMethod;
import dev.retort.catalog.ForeignDataWrapper;
import dev.retort.catalog.ForeignServer;
import dev.retort.catalog.ForeignTable;
import dev.retort.catalog.Grant;
import dev.retort.catalog.Operator;
import dev.retort.catalog.OperatorClass;
import dev.retort.catalog.OperatorFamily;
import dev.retort.catalog.Privileges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL of the operator, access method and foreign-data kinds, from records built in memory. */
class MoreKindsSqlTest {
    private static List<String> sql(Alteration alteration) {
        assertThat(alteration.rebuild()).as("altered in place").isFalse();
        return alteration.statements().stream().map(PlannedStatement::sql).toList();
    }

    private static Map<String, String> options(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void anOperatorIsCreatedWithItsOptionsAndItsEstimatorsAlteredInPlace() {
        Operator o = new Operator("app", "===", "integer", "integer", "app.eq3", "OPERATOR(app.===)", null, "eqsel",
                null, true, false, null, "thrice");
        assertThat(Kinds.create(o)).containsExactly("CREATE OPERATOR app.=== (\n    FUNCTION = app.eq3,\n"
                + "    LEFTARG = integer,\n    RIGHTARG = integer,\n    COMMUTATOR = OPERATOR(app.===),\n"
                + "    RESTRICT = eqsel,\n    HASHES\n);", "COMMENT ON OPERATOR app.=== (integer, integer) IS 'thrice';");
        assertThat(o.id()).hasToString("operator app.===(integer, integer)");
        Operator plain = new Operator("app", "===", "integer", "integer", "app.eq3", "OPERATOR(app.===)", null, null,
                "eqjoinsel", true, false, null, "thrice");
        assertThat(sql(OperatorKind.INSTANCE.alter(o, plain, null)))
                .containsExactly("ALTER OPERATOR app.=== (integer, integer) SET (RESTRICT = NONE, JOIN = eqjoinsel);");
        Operator prefix = new Operator("app", "##", "NONE", "integer", "app.twice", null, null, null, null, false,
                false, null, null);
        assertThat(Kinds.drop(prefix)).containsExactly("DROP OPERATOR app.## (NONE, integer);");
        assertThat(OperatorKind.INSTANCE.alter(o, new Operator("app", "===", "integer", "integer", "app.other",
                "OPERATOR(app.===)", null, "eqsel", null, true, false, null, "thrice"), null).rebuild()).isTrue();
    }

    @Test
    void anOperatorFamilyAddsAndDropsItsOwnMembers() {
        OperatorFamily before = new OperatorFamily("app", "h", "hash", List.of("OPERATOR 1 =(integer,integer)",
                "FUNCTION 1 (integer, integer) app.h(integer)"), null, null);
        OperatorFamily after = new OperatorFamily("app", "h", "hash",
                List.of("FUNCTION 1 (integer, integer) app.h2(integer)"), null, null);
        assertThat(Kinds.create(before)).containsExactly("CREATE OPERATOR FAMILY app.h USING hash;",
                "ALTER OPERATOR FAMILY app.h USING hash ADD\n    OPERATOR 1 =(integer,integer),\n"
                        + "    FUNCTION 1 (integer, integer) app.h(integer);");
        assertThat(sql(OperatorFamilyKind.INSTANCE.alter(before, after, null))).containsExactly(
                "ALTER OPERATOR FAMILY app.h USING hash DROP\n    OPERATOR 1 (integer, integer),\n"
                        + "    FUNCTION 1 (integer, integer);",
                "ALTER OPERATOR FAMILY app.h USING hash ADD\n    FUNCTION 1 (integer, integer) app.h2(integer);");
        assertThat(OperatorFamilyKind.dropItem("OPERATOR 2 app.<#(app.pair,app.pair) FOR ORDER BY app.f"))
                .isEqualTo("OPERATOR 2 (app.pair, app.pair)");
    }

    @Test
    void anOperatorClassNamesItsFamilyAndIsRebuiltForAnyChangeButOwnerAndComment() {
        OperatorClass c = new OperatorClass("app", "rev", "btree", "integer", true, "app.rev", null,
                List.of("OPERATOR 1 >(integer,integer)", "FUNCTION 1 (integer, integer) app.cmp(integer,integer)"),
                null, null);
        assertThat(Kinds.create(c)).containsExactly("CREATE OPERATOR CLASS app.rev DEFAULT FOR TYPE integer USING"
                + " btree FAMILY app.rev AS\n    OPERATOR 1 >(integer,integer),\n"
                + "    FUNCTION 1 (integer, integer) app.cmp(integer,integer);");
        assertThat(Kinds.drop(c)).containsExactly("DROP OPERATOR CLASS app.rev USING btree;");
        OperatorClass commented = new OperatorClass("app", "rev", "btree", "integer", true, "app.rev", null,
                c.members(), null, "descending");
        assertThat(sql(OperatorClassKind.INSTANCE.alter(c, commented, null)))
                .containsExactly("COMMENT ON OPERATOR CLASS app.rev USING btree IS 'descending';");
        OperatorClass notDefault = new OperatorClass("app", "rev", "btree", "integer", false, "app.rev", null,
                c.members(), null, null);
        assertThat(OperatorClassKind.INSTANCE.alter(c, notDefault, null).rebuild()).isTrue();
    }

    @Test
    void anAccessMethodNamesItsHandlerWithoutArguments() {
        AccessMethod a = new AccessMethod("heap2", AccessMethod.Type.TABLE, "heap_tableam_handler(internal)", null);
        assertThat(Kinds.create(a)).containsExactly("CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;");
        assertThat(Kinds.drop(a)).containsExactly("DROP ACCESS METHOD heap2;");
    }

    @Test
    void foreignDataObjectsWriteTheirOptionsAndChangeThemOneByOne() {
        ForeignDataWrapper w = new ForeignDataWrapper("w", null, null, options("debug", "it's"), null,
                Privileges.DEFAULT, null);
        assertThat(Kinds.create(w)).containsExactly("CREATE FOREIGN DATA WRAPPER w OPTIONS (debug 'it''s');");
        ForeignDataWrapper validated = new ForeignDataWrapper("w", null, "postgresql_fdw_validator",
                options("level", "2"), null, Privileges.DEFAULT, null);
        assertThat(sql(ForeignDataWrapperKind.INSTANCE.alter(w, validated, null))).containsExactly(
                "ALTER FOREIGN DATA WRAPPER w VALIDATOR postgresql_fdw_validator OPTIONS (DROP debug, ADD level '2');");

        ForeignServer s = new ForeignServer("Ware House", "w", null, "15", options("host", "a"), null,
                new Privileges(List.of(new Grant("retort_reader", "USAGE", false)), List.of()), null);
        assertThat(Kinds.create(s)).containsExactly(
                "CREATE SERVER \"Ware House\" VERSION '15' FOREIGN DATA WRAPPER w OPTIONS (host 'a');",
                "GRANT USAGE ON FOREIGN SERVER \"Ware House\" TO retort_reader;");
        ForeignServer moved = new ForeignServer("Ware House", "w", null, null, options("host", "b"), null,
                s.privileges(), null);
        assertThat(sql(ForeignServerKind.INSTANCE.alter(s, moved, null)))
                .containsExactly("ALTER SERVER \"Ware House\" VERSION NULL OPTIONS (SET host 'b');");

        ForeignTable t = new ForeignTable("app", "remote", "Ware House", List.of(
                new ForeignTable.Column("id", "integer", true, null, options("column_name", "order_id")),
                new ForeignTable.Column("note", "text", false, "'none'::text", Map.of())), Map.of(), null,
                Privileges.DEFAULT, null);
        assertThat(Kinds.create(t)).containsExactly("CREATE FOREIGN TABLE app.remote (\n"
                + "    id integer OPTIONS (column_name 'order_id') NOT NULL,\n    note text DEFAULT 'none'::text\n)\n"
                + "    SERVER \"Ware House\";");
        ForeignTable reordered = new ForeignTable("app", "remote", "Ware House", List.of(t.columns().get(1),
                t.columns().get(0)), Map.of(), null, Privileges.DEFAULT, null);
        assertThat(ForeignTableKind.INSTANCE.alter(t, reordered, null).rebuild()).as("columns reordered").isTrue();
        ForeignTable narrower = new ForeignTable("app", "remote", "Ware House", List.of(t.columns().get(0)),
                options("table_name", "orders"), null, Privileges.DEFAULT, null);
        assertThat(sql(ForeignTableKind.INSTANCE.alter(t, narrower, null))).containsExactly(
                "ALTER FOREIGN TABLE app.remote\n    DROP COLUMN note;",
                "ALTER FOREIGN TABLE app.remote OPTIONS (ADD table_name 'orders');");
    }
}
