package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.catalog.ColumnDefault;
import dev.retort.catalog.Constraint;
import dev.retort.catalog.DefaultPrivileges;
import dev.retort.catalog.ConstraintType;
import dev.retort.catalog.EventTrigger;
import dev.retort.catalog.Grant;
import dev.retort.catalog.Index;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Policy;
import dev.retort.catalog.PolicyCommand;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.Schema;
import dev.retort.catalog.Trigger;
import dev.retort.catalog.TriggerState;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL each {@link Kind} writes, from records built in memory: no database, the statements exactly. */
class KindSqlTest {
    private static final Trigger TRIGGER = new Trigger("app", "Orders", "audit",
            "CREATE TRIGGER audit AFTER INSERT ON app.\"Orders\" FOR EACH ROW EXECUTE FUNCTION app.log()",
            TriggerState.ORIGIN, null);
    private static final Policy POLICY = new Policy("app", "t", "own rows", true, PolicyCommand.UPDATE,
            List.of("", "retort_reader"), "(owner = CURRENT_USER)", null, null);

    private static List<String> sql(Alteration alteration) {
        assertThat(alteration.rebuild()).as("altered in place").isFalse();
        return alteration.statements().stream().map(PlannedStatement::sql).toList();
    }

    @Test
    void everyObjectKindHasAKindReadingItsRecord() {
        for (ObjectKind kind : ObjectKind.values()) {
            assertThat(Kinds.of(kind)).as(kind.label()).isNotNull();
        }
        assertThat(Arrays.stream(ObjectKind.values()).map(k -> Kinds.of(k).type().getSimpleName()).distinct())
                .as("the routines share one record").hasSize(ObjectKind.values().length - 2);
    }

    @Test
    void aTriggerIsCreatedInItsStateWithItsComment() {
        Trigger t = new Trigger("app", "Orders", "audit", TRIGGER.definition(), TriggerState.REPLICA, "it's audit");
        assertThat(Kinds.create(t)).containsExactly(TRIGGER.definition() + ";",
                "ALTER TABLE app.\"Orders\" ENABLE REPLICA TRIGGER audit;",
                "COMMENT ON TRIGGER audit ON app.\"Orders\" IS 'it''s audit';");
        assertThat(Kinds.drop(t)).containsExactly("DROP TRIGGER audit ON app.\"Orders\";");
    }

    @Test
    void aTriggerChangesStateInPlace() {
        Trigger disabled = new Trigger("app", "Orders", "audit", TRIGGER.definition(), TriggerState.DISABLED, null);
        assertThat(sql(TriggerKind.INSTANCE.alter(TRIGGER, disabled, null)))
                .containsExactly("ALTER TABLE app.\"Orders\" DISABLE TRIGGER audit;");
        assertThat(sql(TriggerKind.INSTANCE.alter(disabled, TRIGGER, null)))
                .containsExactly("ALTER TABLE app.\"Orders\" ENABLE TRIGGER audit;");
    }

    @Test
    void anEventTriggerCarriesItsTagsStateOwnerAndComment() {
        EventTrigger e = new EventTrigger("no ddl", "ddl_command_start", "app.refuse", TriggerState.ALWAYS,
                List.of("DROP TABLE"), "retort_reader", null);
        assertThat(Kinds.create(e)).containsExactly(
                "CREATE EVENT TRIGGER \"no ddl\" ON ddl_command_start\n    WHEN TAG IN ('DROP TABLE')\n"
                        + "    EXECUTE FUNCTION app.refuse();",
                "ALTER EVENT TRIGGER \"no ddl\" ENABLE ALWAYS;",
                "ALTER EVENT TRIGGER \"no ddl\" OWNER TO retort_reader;");
        EventTrigger other = new EventTrigger("no ddl", "ddl_command_end", "app.refuse", TriggerState.ALWAYS,
                List.of("DROP TABLE"), "retort_reader", null);
        assertThat(EventTriggerKind.INSTANCE.alter(e, other, null).rebuild()).as("a new event").isTrue();
    }

    @Test
    void aPolicyIsWrittenWithItsCommandAndRolesAndAlteredWhereItCanBe() {
        assertThat(Kinds.create(POLICY)).containsExactly("CREATE POLICY \"own rows\" ON app.t\n    AS PERMISSIVE\n"
                + "    FOR UPDATE\n    TO PUBLIC, retort_reader\n    USING ((owner = CURRENT_USER));");
        Policy narrower = new Policy("app", "t", "own rows", true, PolicyCommand.UPDATE, List.of("retort_reader"),
                "(owner = CURRENT_USER)", "(true)", "mine");
        assertThat(sql(PolicyKind.INSTANCE.alter(POLICY, narrower, null))).containsExactly(
                "ALTER POLICY \"own rows\" ON app.t\n    TO retort_reader\n    WITH CHECK ((true));",
                "COMMENT ON POLICY \"own rows\" ON app.t IS 'mine';");
        Policy forSelect = new Policy("app", "t", "own rows", true, PolicyCommand.SELECT, POLICY.roles(),
                POLICY.usingExpression(), null, null);
        assertThat(PolicyKind.INSTANCE.alter(POLICY, forSelect, null).rebuild()).as("a new command").isTrue();
        assertThat(PolicyKind.INSTANCE.alter(narrower, POLICY, null).rebuild()).as("an expression removed").isTrue();
    }

    @Test
    void decorationsAreTheSameStatementsForCreateAndAlter() {
        Privileges granted = new Privileges(List.of(new Grant("retort_reader", "USAGE", false)),
                List.of(new Grant("", "CREATE", false)));
        Schema bare = new Schema("app", null, Privileges.DEFAULT, null);
        Schema decorated = new Schema("app", "retort_reader", granted, "the app");
        List<String> decorations = List.of("ALTER SCHEMA app OWNER TO retort_reader;",
                "COMMENT ON SCHEMA app IS 'the app';", "REVOKE CREATE ON SCHEMA app FROM PUBLIC;",
                "GRANT USAGE ON SCHEMA app TO retort_reader;");
        assertThat(Kinds.create(decorated)).containsExactlyElementsOf(
                concat(List.of("CREATE SCHEMA app;"), decorations));
        assertThat(sql(SchemaKind.INSTANCE.alter(bare, decorated, null))).containsExactlyElementsOf(decorations);
        assertThat(sql(SchemaKind.INSTANCE.alter(decorated, bare, null))).containsExactly(
                "ALTER SCHEMA app OWNER TO CURRENT_USER;", "COMMENT ON SCHEMA app IS NULL;",
                "REVOKE USAGE ON SCHEMA app FROM retort_reader;", "GRANT CREATE ON SCHEMA app TO PUBLIC;");
    }

    @Test
    void aNotValidConstraintIsValidatedInPlaceUnderALock() {
        Constraint notValid = new Constraint("app", "t", "t_positive", ConstraintType.CHECK, "CHECK ((n > 0)) NOT VALID",
                null);
        Constraint valid = new Constraint("app", "t", "t_positive", ConstraintType.CHECK, "CHECK ((n > 0))", "ok");
        Alteration validate = ConstraintKind.INSTANCE.alter(notValid, valid, null);
        assertThat(sql(validate)).containsExactly("ALTER TABLE app.t VALIDATE CONSTRAINT t_positive;",
                "COMMENT ON CONSTRAINT t_positive ON app.t IS 'ok';");
        assertThat(validate.statements().get(0).hazards()).containsExactly(Hazard.ACCESS_EXCLUSIVE_LOCK);
        assertThat(ConstraintKind.INSTANCE.alter(valid, notValid, null).rebuild()).as("invalidating").isTrue();
        assertThat(Kinds.drop(valid)).containsExactly("ALTER TABLE app.t DROP CONSTRAINT t_positive;");
    }

    @Test
    void anIndexCarriesClusteringAndReplicaIdentityOnCreateAndAlter() {
        String definition = "CREATE UNIQUE INDEX t_k ON ONLY app.t USING btree (k)";
        Index plain = new Index("app", "t", "t_k", definition, false, false, null);
        Index both = new Index("app", "t", "t_k", definition, true, true, null);
        assertThat(Kinds.create(both)).containsExactly("CREATE UNIQUE INDEX t_k ON app.t USING btree (k);",
                "ALTER TABLE app.t CLUSTER ON t_k;", "ALTER TABLE app.t REPLICA IDENTITY USING INDEX t_k;");
        assertThat(sql(IndexKind.INSTANCE.alter(both, plain, null))).containsExactly(
                "ALTER TABLE app.t SET WITHOUT CLUSTER;", "ALTER TABLE app.t REPLICA IDENTITY DEFAULT;");
        assertThat(Kinds.drop(plain)).containsExactly("DROP INDEX app.t_k;");
    }

    @Test
    void aColumnDefaultIsSetAndDropped() {
        ColumnDefault d = new ColumnDefault("app", "v", "n", true, "0");
        assertThat(Kinds.create(d)).containsExactly("ALTER VIEW app.v ALTER COLUMN n SET DEFAULT 0;");
        assertThat(Kinds.drop(d)).containsExactly("ALTER VIEW app.v ALTER COLUMN n DROP DEFAULT;");
    }

    @Test
    void defaultPrivilegesAreDroppedByTakingThemBackToTheDefaults() {
        DefaultPrivileges d = new DefaultPrivileges("Mixed Role", "app", "r", new Privileges(
                List.of(new Grant("retort_reader", "SELECT", false)), List.of(new Grant("", "SELECT", false))));
        String prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE \"Mixed Role\" IN SCHEMA app ";
        assertThat(Kinds.create(d)).containsExactly(prefix + "REVOKE SELECT ON TABLES FROM PUBLIC;",
                prefix + "GRANT SELECT ON TABLES TO retort_reader;");
        assertThat(Kinds.drop(d)).containsExactly(prefix + "REVOKE SELECT ON TABLES FROM retort_reader;",
                prefix + "GRANT SELECT ON TABLES TO PUBLIC;");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
