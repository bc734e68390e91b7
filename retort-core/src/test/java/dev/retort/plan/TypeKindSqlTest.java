package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.CompositeType;
import dev.retort.catalog.DependencyGraph;
import dev.retort.catalog.Domain;
import dev.retort.catalog.EnumType;
import dev.retort.catalog.Grant;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.RangeType;
import dev.retort.catalog.ReplicaIdentity;
import dev.retort.catalog.Sequence;
import dev.retort.catalog.Table;
import dev.retort.catalog.View;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The SQL of the type and sequence kinds, from records built in memory: no database, the statements exactly. */
class TypeKindSqlTest {
    private static final Privileges USAGE = new Privileges(List.of(new Grant("retort_reader", "USAGE", false)),
            List.of());

    static List<String> sql(Alteration alteration) {
        assertThat(alteration.rebuild()).as("altered in place").isFalse();
        return alteration.statements().stream().map(PlannedStatement::sql).toList();
    }

    /** A snapshot of these objects, with {@code dependent} depending on {@code referenced} when both are given. */
    static CatalogSnapshot snapshot(ObjectId dependent, ObjectId referenced, CatalogObject... objects) {
        TreeMap<ObjectId, CatalogObject> map = new TreeMap<>();
        for (CatalogObject o : objects) {
            map.put(o.id(), o);
        }
        DependencyGraph.Builder graph = new DependencyGraph.Builder();
        if (dependent != null) {
            graph.add(dependent, referenced);
        }
        return new CatalogSnapshot(150004, map, graph.build());
    }

    @Test
    void anEnumIsCreatedWithItsDecorationsAndGainsLabelsOutsideTheTransaction() {
        EnumType before = new EnumType("app", "mood", List.of("ok", "sad"), null, Privileges.DEFAULT, null);
        EnumType after = new EnumType("app", "mood", List.of("happy", "ok", "meh", "sad"), "retort_reader", USAGE,
                "how it's going");
        assertThat(Kinds.create(after)).containsExactly(
                "CREATE TYPE app.mood AS ENUM ('happy', 'ok', 'meh', 'sad');",
                "ALTER TYPE app.mood OWNER TO retort_reader;", "COMMENT ON TYPE app.mood IS 'how it''s going';",
                "GRANT USAGE ON TYPE app.mood TO retort_reader;");
        CatalogSnapshot from = snapshot(null, null, before);
        Alteration added = Kinds.alter(before, after, new PlanContext(from, snapshot(null, null, after)));
        assertThat(sql(added)).startsWith("ALTER TYPE app.mood ADD VALUE 'happy' BEFORE 'ok';",
                "ALTER TYPE app.mood ADD VALUE 'meh' AFTER 'ok';");
        assertThat(added.statements().subList(0, 2)).allSatisfy(st -> {
            assertThat(st.transactional()).isFalse();
            assertThat(st.hazards()).containsExactly(Hazard.NEW_ENUM_VALUE);
        });
        assertThat(Kinds.drop(after)).containsExactly("DROP TYPE app.mood;");
    }

    @Test
    void anEnumLosingALabelIsReplacedAndItsColumnsMovedThroughText() {
        EnumType before = new EnumType("app", "mood", List.of("ok", "sad"), null, Privileges.DEFAULT, null);
        EnumType after = new EnumType("app", "mood", List.of("ok"), null, Privileges.DEFAULT, null);
        Table t = new Table("app", "t", false, null, null, List.of(), List.of(), false, false,
                ReplicaIdentity.DEFAULT, null, List.of(new Column("m", "app.mood", null, false, null, null, null,
                false, Privileges.DEFAULT, null)), null, Privileges.DEFAULT, null);
        View v = new View("app", "v", " SELECT m FROM app.t;", List.of(), List.of(), null, Privileges.DEFAULT, null);
        CatalogSnapshot from = snapshot(v.id(), before.id(), before, t, v);
        Alteration replaced = Kinds.alter(before, after, new PlanContext(from, snapshot(null, null, after, t, v)));
        assertThat(sql(replaced)).containsExactly("ALTER TYPE app.mood RENAME TO mood__retort_old;",
                "CREATE TYPE app.mood AS ENUM ('ok');",
                "ALTER TABLE app.t ALTER COLUMN m TYPE app.mood USING m::text::app.mood;",
                "DROP TYPE app.mood__retort_old;");
        assertThat(replaced.statements().get(2).hazards()).contains(Hazard.DATA_LOSS, Hazard.TABLE_REWRITE);
        assertThat(replaced.rebuildAlso()).as("the view on the type").containsExactly(v.id());
    }

    @Test
    void aDomainTakesNotValidChecksAfterItsCreateAndChangesChecksInPlace() {
        Domain d = new Domain("app", "pos", "integer", null, true, "1", List.of(
                new Domain.Check("pos_check", "CHECK ((VALUE > 0))", "positive"),
                new Domain.Check("small", "CHECK ((VALUE < 100)) NOT VALID")), null, Privileges.DEFAULT, null);
        assertThat(Kinds.create(d)).containsExactly(
                "CREATE DOMAIN app.pos AS integer DEFAULT 1 NOT NULL\n    CONSTRAINT pos_check CHECK ((VALUE > 0));",
                "ALTER DOMAIN app.pos ADD CONSTRAINT small CHECK ((VALUE < 100)) NOT VALID;",
                "COMMENT ON CONSTRAINT pos_check ON DOMAIN app.pos IS 'positive';");
        Domain changed = new Domain("app", "pos", "integer", null, false, null, List.of(
                new Domain.Check("pos_check", "CHECK ((VALUE >= 0))", "positive")), null, Privileges.DEFAULT, null);
        assertThat(sql(DomainKind.INSTANCE.alter(d, changed, null))).containsExactly(
                "ALTER DOMAIN app.pos DROP DEFAULT;", "ALTER DOMAIN app.pos DROP NOT NULL;",
                "ALTER DOMAIN app.pos DROP CONSTRAINT pos_check;", "ALTER DOMAIN app.pos DROP CONSTRAINT small;",
                "ALTER DOMAIN app.pos ADD CONSTRAINT pos_check CHECK ((VALUE >= 0));",
                "COMMENT ON CONSTRAINT pos_check ON DOMAIN app.pos IS 'positive';");
        Domain otherBase = new Domain("app", "pos", "bigint", null, true, "1", d.checks(), null, Privileges.DEFAULT,
                null);
        assertThat(DomainKind.INSTANCE.alter(d, otherBase, null).rebuild()).as("a new base type").isTrue();
        assertThat(Kinds.drop(d)).containsExactly("DROP DOMAIN app.pos;");
    }

    @Test
    void aCompositeTypeAppendsInPlaceAndRefusesANewOrderWhileUsed() {
        CompositeType ab = new CompositeType("app", "pair", List.of(new CompositeType.Attribute("a", "integer", null),
                new CompositeType.Attribute("b", "text", null)), null, Privileges.DEFAULT, null);
        CompositeType bc = new CompositeType("app", "pair", List.of(new CompositeType.Attribute("b", "text",
                "\"C\""), new CompositeType.Attribute("c", "date", null)), null, Privileges.DEFAULT, "two");
        assertThat(Kinds.create(ab)).containsExactly("CREATE TYPE app.pair AS (\n    a integer,\n    b text\n);");
        assertThat(sql(CompositeTypeKind.INSTANCE.alter(ab, bc, snapshot(null, null, ab)))).containsExactly(
                "ALTER TYPE app.pair DROP ATTRIBUTE a, ALTER ATTRIBUTE b TYPE text COLLATE \"C\", "
                        + "ADD ATTRIBUTE c date;", "COMMENT ON TYPE app.pair IS 'two';");
        CompositeType ba = new CompositeType("app", "pair", List.of(ab.attributes().get(1), ab.attributes().get(0)),
                null, Privileges.DEFAULT, null);
        assertThat(CompositeTypeKind.INSTANCE.alter(ab, ba, snapshot(null, null, ab)).rebuild()).isTrue();
        ObjectId user = ObjectId.of(ObjectKind.TABLE, "app", "t");
        assertThatThrownBy(() -> CompositeTypeKind.INSTANCE.alter(ab, ba, snapshot(user, ab.id(), ab)))
                .isInstanceOf(PlanException.class).hasMessageContaining("table app.t");
    }

    @Test
    void aRangeTypeChangesOnlyItsDecorationsInPlace() {
        RangeType r = new RangeType("app", "span", "numeric", null, null, null, "numrange_subdiff",
                "spans", null, Privileges.DEFAULT, null);
        assertThat(Kinds.create(r)).containsExactly(
                "CREATE TYPE app.span AS RANGE (SUBTYPE = numeric, SUBTYPE_DIFF = numrange_subdiff, "
                        + "MULTIRANGE_TYPE_NAME = spans);");
        RangeType granted = new RangeType("app", "span", "numeric", null, null, null, "numrange_subdiff", "spans",
                null, USAGE, null);
        assertThat(sql(RangeTypeKind.INSTANCE.alter(r, granted, null)))
                .containsExactly("GRANT USAGE ON TYPE app.span TO retort_reader;");
        RangeType other = new RangeType("app", "span", "integer", null, null, null, null, null, null, USAGE, null);
        assertThat(RangeTypeKind.INSTANCE.alter(r, other, null).rebuild()).isTrue();
    }

    @Test
    void anOwnedSequenceGetsItsOwnerBeforeOwnedByAndRestartsWhenItsBoundsExcludeItsStart() {
        ObjectId table = ObjectId.of(ObjectKind.TABLE, "app", "t");
        Sequence s = new Sequence("app", "t_id_seq", "integer", 1, 1, 1, 2147483647, 1, false, table, "id",
                "retort_reader", Privileges.DEFAULT, null);
        assertThat(Kinds.create(s)).containsExactly(
                "CREATE SEQUENCE app.t_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 "
                        + "CACHE 1 NO CYCLE;",
                "ALTER SEQUENCE app.t_id_seq OWNER TO retort_reader;",
                "ALTER SEQUENCE app.t_id_seq OWNED BY app.t.id;");
        Sequence narrowed = new Sequence("app", "t_id_seq", "integer", 10, 1, 10, 100, 1, false, null, null,
                "retort_reader", Privileges.DEFAULT, null);
        Alteration alteration = SequenceKind.INSTANCE.alter(s, narrowed, null);
        assertThat(sql(alteration)).containsExactly("ALTER SEQUENCE app.t_id_seq MINVALUE 10 MAXVALUE 100 "
                + "START WITH 10 RESTART WITH 10 OWNED BY NONE;");
        assertThat(alteration.statements().get(0).hazards()).containsExactly(Hazard.DATA_LOSS);
        assertThat(Kinds.drop(s)).containsExactly("DROP SEQUENCE app.t_id_seq;");
    }

    @Test
    void eachKindSaysWhatDroppingAndCreatingItRisksAndWhatDropsItAlong() {
        ObjectId table = ObjectId.of(ObjectKind.TABLE, "app", "t");
        Table t = new Table("app", "t", false, null, null, List.of(), List.of(), false, false, ReplicaIdentity.DEFAULT,
                null, List.of(), null, Privileges.DEFAULT, null);
        EnumType e = new EnumType("app", "mood", List.of("ok"), null, Privileges.DEFAULT, null);
        Sequence owned = new Sequence("app", "t_id_seq", "integer", 1, 1, 1, 10, 1, false, table, "id", null,
                Privileges.DEFAULT, null);
        Sequence free = new Sequence("app", "s", "integer", 1, 1, 1, 10, 1, false, null, null, null,
                Privileges.DEFAULT, null);
        dev.retort.catalog.Constraint check = new dev.retort.catalog.Constraint("app", "t", "t_c",
                dev.retort.catalog.ConstraintType.CHECK, "CHECK ((c > 0))", null);
        dev.retort.catalog.Constraint unique = new dev.retort.catalog.Constraint("app", "t", "t_k",
                dev.retort.catalog.ConstraintType.UNIQUE, "UNIQUE (k)", null);
        dev.retort.catalog.Constraint foreign = new dev.retort.catalog.Constraint("app", "t", "t_fk",
                dev.retort.catalog.ConstraintType.FOREIGN_KEY, "FOREIGN KEY (k) REFERENCES app.u(k)", null);
        dev.retort.catalog.Index index = new dev.retort.catalog.Index("app", "t", "t_a",
                "CREATE INDEX t_a ON app.t USING btree (a)", false, false, null);

        assertThat(Kinds.dropHazards(t)).containsExactlyInAnyOrder(Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK);
        assertThat(Kinds.dropHazards(e)).containsExactly(Hazard.DATA_LOSS);
        assertThat(Kinds.dropHazards(free)).containsExactly(Hazard.DATA_LOSS);
        assertThat(Kinds.dropHazards(check)).containsExactly(Hazard.ACCESS_EXCLUSIVE_LOCK);
        assertThat(Kinds.createHazards(t, false)).isEmpty();
        assertThat(Kinds.createHazards(check, false)).as("on a new table").isEmpty();
        assertThat(Kinds.createHazards(check, true)).containsExactly(Hazard.ACCESS_EXCLUSIVE_LOCK);
        assertThat(Kinds.createHazards(unique, true))
                .containsExactlyInAnyOrder(Hazard.INDEX_BUILD, Hazard.ACCESS_EXCLUSIVE_LOCK);
        assertThat(Kinds.createHazards(index, true)).containsExactly(Hazard.INDEX_BUILD);

        assertThat(Kinds.droppedWith(check)).startsWith(table);
        assertThat(Kinds.droppedWith(index)).startsWith(table);
        assertThat(Kinds.droppedWith(foreign)).as("dropped on its own, before its table").isEmpty();
        assertThat(Kinds.droppedWith(owned)).containsExactly(table);
        assertThat(Kinds.droppedWith(free)).isEmpty();
        assertThat(Kinds.droppedWith(t)).isEmpty();
    }
}
