package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;
import static dev.retort.plan.PlannedStatement.Action.ALTER;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.ColumnDefault;
import dev.retort.catalog.CompositeType;
import dev.retort.catalog.Domain;
import dev.retort.catalog.EnumType;
import dev.retort.catalog.Identity;
import dev.retort.catalog.MaterializedView;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.ReplicaIdentity;
import dev.retort.catalog.RangeType;
import dev.retort.catalog.Routine;
import dev.retort.catalog.Sequence;
import dev.retort.catalog.Table;
import dev.retort.catalog.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Alters a changed object in place where PostgreSQL allows it, and says "rebuild" where it does not. One method per
 * kind; comments, grants and owners are altered the same way for every kind.
 */
final class AlterWriter {
    private final DdlWriter ddl;
    private final CatalogSnapshot from;
    private final CatalogSnapshot to;
    private final NewColumnDefaults newDefaults;

    AlterWriter(DdlWriter ddl, CatalogSnapshot from, CatalogSnapshot to, NewColumnDefaults newDefaults) {
        this.ddl = ddl;
        this.from = from;
        this.to = to;
        this.newDefaults = newDefaults;
    }

    Alteration alter(CatalogObject before, CatalogObject after) {
        if (Kinds.ofObject(after) != null) {
            return Kinds.alter(before, after, from);
        }
        Statements out = new Statements(after.id());
        if (before instanceof Table b && after instanceof Table a) {
            return table(out, b, a);
        } else if (before instanceof View b && after instanceof View a) {
            return view(out, b, a);
        } else if (before instanceof MaterializedView b && after instanceof MaterializedView a) {
            if (!b.definition().equals(a.definition()) || !b.options().equals(a.options())
                    || b.populated() != a.populated() || !Objects.equals(b.accessMethod(), a.accessMethod())
                    || !sameColumnShapes(b.columns(), a.columns())) {
                return Alteration.REBUILD;
            }
            String name = qualify(a.schema(), a.name());
            relationExtras(out, "MATERIALIZED VIEW", name, b.owner(), a.owner(), b.comment(), a.comment(),
                    b.privileges(), a.privileges(), b.columns(), a.columns());
        } else if (before instanceof Sequence b && after instanceof Sequence a) {
            sequence(out, b, a);
        } else if (before instanceof EnumType b && after instanceof EnumType a) {
            return enumType(out, b, a);
        } else if (before instanceof CompositeType b && after instanceof CompositeType a) {
            if (!keepsAttributeOrder(b, a)) {
                if (!from.dependencies().dependentsOf(b.id()).isEmpty()) {
                    throw new PlanException("type " + qualify(a.schema(), a.name()) + ": its attributes change "
                            + "order, which PostgreSQL cannot do in place (ALTER TYPE only appends), and "
                            + String.join(", ", from.dependencies().dependentsOf(b.id()).stream()
                            .map(ObjectId::toString).toList()) + " use it; recreate it by hand or keep the order");
                }
                return Alteration.REBUILD;
            }
            compositeType(out, b, a);
        } else if (before instanceof Domain b && after instanceof Domain a) {
            return domain(out, b, a);
        } else if (before instanceof RangeType b && after instanceof RangeType a) {
            if (!withoutExtras(b).equals(withoutExtras(a))) {
                return Alteration.REBUILD;
            }
            String name = qualify(a.schema(), a.name());
            owner(out, "TYPE", name, b.owner(), a.owner());
            comment(out, "TYPE " + name, b.comment(), a.comment());
            privileges(out, "TYPE " + name, b.privileges(), a.privileges());
        } else if (before instanceof Routine b && after instanceof Routine a) {
            return routine(out, b, a);
        } else {
            return Alteration.REBUILD;
        }
        return Alteration.of(out.list);
    }

    // ---- tables ----

    private Alteration table(Statements out, Table b, Table a) {
        if (b.unlogged() != a.unlogged() || !Objects.equals(b.partitionKey(), a.partitionKey())
                || !Objects.equals(b.partitionBound(), a.partitionBound()) || !b.parents().equals(a.parents())
                || !Objects.equals(b.accessMethod(), a.accessMethod())) {
            return Alteration.REBUILD;
        }
        String name = qualify(a.schema(), a.name());
        String alter = "ALTER TABLE " + name + " ";
        Set<ObjectId> rebuildAlso = new TreeSet<>();
        // A table-level REVOKE also revokes the privilege on every column: it goes before the column grants.
        Decorations.PrivilegeChange tablePrivileges = Decorations.PrivilegeChange.between(b.privileges(), a.privileges());
        DdlWriter.grantStatements("TABLE " + name, tablePrivileges.revoke(), true).forEach(out::add);
        Map<String, Column> old = byName(b.columns());
        Map<String, Column> now = byName(a.columns());
        for (Column c : b.columns()) {
            if (!now.containsKey(c.name()) && !c.inherited()) {
                // ONLY when a child keeps the column (it becomes the child's own); else the drop recurses.
                out.add((keptByChild(a, c.name()) ? "ALTER TABLE ONLY " + name + " " : alter) + "DROP COLUMN "
                        + quote(c.name()) + ";", Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK);
                rebuildAlso.addAll(columnDependents(b.id(), c.name()));
            }
        }
        for (Column c : a.columns()) {
            Column was = old.get(c.name());
            if (c.inherited()) {
                continue;
            }
            if (was == null) {
                addColumn(out, a.id(), alter, c);
                continue;
            }
            if (!Objects.equals(was.generated(), c.generated())
                    || !Objects.equals(was.generationExpression(), c.generationExpression())) {
                // A generation expression cannot be changed in place before PostgreSQL 17: the column is re-added.
                out.add(alter + "DROP COLUMN " + quote(c.name()) + ";", was.generated() == null
                        ? new Hazard[] {Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK}
                        : new Hazard[] {Hazard.ACCESS_EXCLUSIVE_LOCK});
                addColumn(out, a.id(), alter, c);
                rebuildAlso.addAll(columnDependents(b.id(), c.name()));
                continue;
            }
            if (!was.type().equals(c.type()) || !Objects.equals(was.collation(), c.collation())) {
                List<Hazard> hazards = new ArrayList<>(List.of(Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK));
                if (TypeChanges.mayLoseData(was.type(), c.type())) {
                    hazards.add(Hazard.DATA_LOSS);
                }
                out.add(alter + "ALTER COLUMN " + quote(c.name()) + " TYPE " + c.type()
                        + (c.collation() == null ? "" : " COLLATE " + c.collation())
                        + " USING " + quote(c.name()) + cast(was.type(), c.type()) + ";", hazards.toArray(Hazard[]::new));
                rebuildAlso.addAll(columnDependents(b.id(), c.name()));
            }
            if (was.notNull() != c.notNull() && c.identity() == null && was.identity() == null) {
                out.add(alter + "ALTER COLUMN " + quote(c.name()) + (c.notNull() ? " SET NOT NULL;" : " DROP NOT NULL;"),
                        Hazard.ACCESS_EXCLUSIVE_LOCK);
            }
            identity(out, alter, was, c);
            DdlWriter.columnSettings(name, c, was.settings(), c.settings()).forEach(out::add);
            if (!Objects.equals(was.comment(), c.comment())) {
                commentSet(out, "COLUMN " + name + "." + quote(c.name()), c.comment());
            }
            columnPrivileges(out, name, c.name(), was.privileges(), c.privileges());
        }
        if (!Objects.equals(b.ofType(), a.ofType())) {
            out.add(alter + (a.ofType() == null ? "NOT OF;" : "OF " + a.ofType() + ";"), Hazard.ACCESS_EXCLUSIVE_LOCK);
        }
        options(out, alter, b.options(), a.options());
        if (b.rlsEnabled() != a.rlsEnabled()) {
            out.add(alter + (a.rlsEnabled() ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY;");
        }
        if (b.rlsForced() != a.rlsForced()) {
            out.add(alter + (a.rlsForced() ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY;");
        }
        if (b.replicaIdentity() != a.replicaIdentity() && a.replicaIdentity() != ReplicaIdentity.INDEX) {
            out.add(alter + "REPLICA IDENTITY " + a.replicaIdentity() + ";");
        }
        owner(out, "TABLE", name, b.owner(), a.owner());
        comment(out, "TABLE " + name, b.comment(), a.comment());
        DdlWriter.grantStatements("TABLE " + name, tablePrivileges.grant(), false).forEach(out::add);
        return new Alteration(false, out.list, rebuildAlso);
    }

    /** Whether a table inheriting from {@code parent} in the new schema still has the column. */
    private boolean keptByChild(Table parent, String column) {
        String parentName = qualify(parent.schema(), parent.name());
        return to.all(Table.class).stream().anyMatch(t -> t.parents().contains(parentName)
                && t.columns().stream().anyMatch(c -> c.name().equals(column)));
    }

    private void addColumn(Statements out, ObjectId tableId, String alter, Column c) {
        List<Hazard> hazards = new ArrayList<>(List.of(Hazard.ACCESS_EXCLUSIVE_LOCK));
        ColumnDefault inlined = newDefaults.inlined(tableId, c);
        if (c.identity() != null || "STORED".equals(c.generated())
                || (inlined != null && NewColumnDefaults.rewrites(inlined))) {
            hazards.add(Hazard.TABLE_REWRITE);
        }
        out.add(alter + "ADD COLUMN " + ddl.columnSql(c, inlined == null ? null : inlined.expression(),
                c.notNull() && !newDefaults.notNullSetAfterwards(tableId, c)) + ";", hazards.toArray(Hazard[]::new));
        String table = alter.substring("ALTER TABLE ".length()).strip();
        DdlWriter.columnSettings(table, c, null, c.settings()).forEach(out::add);
        if (c.comment() != null) {
            commentSet(out, "COLUMN " + table + "." + quote(c.name()), c.comment());
        }
        columnPrivileges(out, table, c.name(), Privileges.DEFAULT, c.privileges());
    }

    private static void identity(Statements out, String alter, Column was, Column c) {
        Identity b = was.identity();
        Identity a = c.identity();
        String col = "ALTER COLUMN " + quote(c.name()) + " ";
        if (Objects.equals(b, a)) {
            return;
        }
        if (b == null) {
            if (!was.notNull()) {
                out.add(alter + col + "SET NOT NULL;", Hazard.ACCESS_EXCLUSIVE_LOCK);
            }
            out.add(alter + col + "ADD GENERATED " + (a.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (SEQUENCE NAME "
                    + qualify(a.sequenceSchema(), a.sequenceName()) + DdlWriter.sequenceOptions(a.start(),
                    a.increment(), a.min(), a.max(), a.cache(), a.cycle()) + ");", Hazard.ACCESS_EXCLUSIVE_LOCK);
            return;
        }
        if (a == null || !b.sequenceName().equals(a.sequenceName()) || !b.sequenceSchema().equals(a.sequenceSchema())) {
            out.add(alter + col + "DROP IDENTITY;", Hazard.ACCESS_EXCLUSIVE_LOCK);
            if (a != null) {
                identity(out, alter, new Column(was.name(), was.type(), was.collation(), was.notNull(), null, null,
                        null, false, Privileges.DEFAULT, null), c);
            }
            if (a == null && was.notNull() && !c.notNull()) {
                out.add(alter + col + "DROP NOT NULL;");
            }
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (b.always() != a.always()) {
            sb.append(" SET GENERATED ").append(a.always() ? "ALWAYS" : "BY DEFAULT");
        }
        if (b.increment() != a.increment()) {
            sb.append(" SET INCREMENT BY ").append(a.increment());
        }
        if (b.min() != a.min()) {
            sb.append(" SET MINVALUE ").append(a.min());
        }
        if (b.max() != a.max()) {
            sb.append(" SET MAXVALUE ").append(a.max());
        }
        if (b.start() != a.start()) {
            sb.append(" SET START WITH ").append(a.start());
        }
        if (b.cache() != a.cache()) {
            sb.append(" SET CACHE ").append(a.cache());
        }
        if (b.cycle() != a.cycle()) {
            sb.append(a.cycle() ? " SET CYCLE" : " SET NO CYCLE");
        }
        if (sb.length() > 0) {
            out.add(alter + col.strip() + sb + ";");
        }
    }

    private static void options(Statements out, String alter, List<String> before, List<String> after) {
        Map<String, String> b = optionMap(before);
        Map<String, String> a = optionMap(after);
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!e.getValue().equals(b.get(e.getKey()))) {
                set.add(e.getKey() + "=" + e.getValue());
            }
        }
        List<String> reset = b.keySet().stream().filter(k -> !a.containsKey(k)).toList();
        if (!reset.isEmpty()) {
            out.add(alter + "RESET (" + String.join(", ", reset) + ");");
        }
        if (!set.isEmpty()) {
            out.add(alter + "SET (" + String.join(", ", set) + ");");
        }
    }

    private static Map<String, String> optionMap(List<String> options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            map.put(o.substring(0, eq), o.substring(eq + 1));
        }
        return map;
    }

    /** Objects that stand on a column and must go while it is retyped or dropped; PostgreSQL rebuilds indexes and
     * constraints itself. */
    private Set<ObjectId> columnDependents(ObjectId relation, String column) {
        Set<ObjectId> result = new TreeSet<>();
        for (ObjectId d : from.dependencies().dependentsOfColumn(relation, column)) {
            if (d.kind() != ObjectKind.INDEX && d.kind() != ObjectKind.CONSTRAINT && !d.equals(relation)
                    && d.kind() != ObjectKind.TABLE) {
                result.add(d);
            }
        }
        return result;
    }

    // ---- views ----

    private Alteration view(Statements out, View b, View a) {
        String name = qualify(a.schema(), a.name());
        if (!b.definition().equals(a.definition()) || !sameColumnShapes(b.columns(), a.columns())) {
            // CREATE OR REPLACE VIEW may only append columns; anything else drops and creates the view again.
            if (!isPrefix(b.columns(), a.columns())) {
                return Alteration.REBUILD;
            }
            out.add("CREATE OR REPLACE VIEW " + name + DdlWriter.with(a.options()) + " AS\n" + a.definition() + ";");
            if (!b.options().equals(a.options())) {
                Map<String, String> after = optionMap(a.options());
                List<String> reset = optionMap(b.options()).keySet().stream().filter(k -> !after.containsKey(k)).toList();
                if (!reset.isEmpty()) {
                    out.add("ALTER VIEW " + name + " RESET (" + String.join(", ", reset) + ");");
                }
            }
        } else {
            options(out, "ALTER VIEW " + name + " ", b.options(), a.options());
        }
        relationExtras(out, "VIEW", name, b.owner(), a.owner(), b.comment(), a.comment(), b.privileges(),
                a.privileges(), b.columns(), a.columns());
        return Alteration.of(out.list);
    }

    private static boolean sameColumnShapes(List<Column> b, List<Column> a) {
        return b.size() == a.size() && isPrefix(b, a);
    }

    /** True when the old columns, by name and type, are the first columns of the new ones. */
    private static boolean isPrefix(List<Column> b, List<Column> a) {
        if (b.size() > a.size()) {
            return false;
        }
        for (int i = 0; i < b.size(); i++) {
            if (!b.get(i).name().equals(a.get(i).name()) || !b.get(i).type().equals(a.get(i).type())
                    || !Objects.equals(b.get(i).collation(), a.get(i).collation())) {
                return false;
            }
        }
        return true;
    }

    private void relationExtras(Statements out, String keyword, String name, String ownerB, String ownerA,
                                String commentB, String commentA, Privileges privB, Privileges privA,
                                List<Column> colsB, List<Column> colsA) {
        owner(out, keyword, name, ownerB, ownerA);
        comment(out, keyword + " " + name, commentB, commentA);
        privileges(out, "TABLE " + name, privB, privA);
        Map<String, Column> old = byName(colsB);
        for (Column c : colsA) {
            Column was = old.get(c.name());
            if (!Objects.equals(was == null ? null : was.comment(), c.comment())) {
                commentSet(out, "COLUMN " + name + "." + quote(c.name()), c.comment());
            }
            columnPrivileges(out, name, c.name(), was == null ? Privileges.DEFAULT : was.privileges(), c.privileges());
        }
    }

    // ---- sequences and types ----

    private static void sequence(Statements out, Sequence b, Sequence a) {
        String name = qualify(a.schema(), a.name());
        StringBuilder sb = new StringBuilder();
        if (!b.dataType().equals(a.dataType())) {
            sb.append(" AS ").append(a.dataType());
        }
        if (b.increment() != a.increment()) {
            sb.append(" INCREMENT BY ").append(a.increment());
        }
        if (b.min() != a.min()) {
            sb.append(" MINVALUE ").append(a.min());
        }
        if (b.max() != a.max()) {
            sb.append(" MAXVALUE ").append(a.max());
        }
        if (b.start() != a.start()) {
            sb.append(" START WITH ").append(a.start());
        }
        if (b.cache() != a.cache()) {
            sb.append(" CACHE ").append(a.cache());
        }
        if (b.cycle() != a.cycle()) {
            sb.append(a.cycle() ? " CYCLE" : " NO CYCLE");
        }
        // The old start outside the new bounds means the sequence would stand outside them too: restart it.
        boolean restart = b.start() < a.min() || b.start() > a.max();
        if (restart) {
            sb.append(" RESTART WITH ").append(a.start());
        }
        if (!Objects.equals(b.ownedByTable(), a.ownedByTable()) || !Objects.equals(b.ownedByColumn(), a.ownedByColumn())) {
            sb.append(" OWNED BY ").append(a.ownedByTable() == null ? "NONE"
                    : a.ownedByTable().qualifiedName() + "." + quote(a.ownedByColumn()));
        }
        if (sb.length() > 0) {
            out.add("ALTER SEQUENCE " + name + sb + ";", restart ? new Hazard[] {Hazard.DATA_LOSS} : new Hazard[0]);
        }
        if (b.unlogged() != a.unlogged()) {
            out.add("ALTER SEQUENCE " + name + (a.unlogged() ? " SET UNLOGGED;" : " SET LOGGED;"));
        }
        if (a.ownedByTable() == null) { // an owned sequence has its table's owner, which PostgreSQL keeps in step
            owner(out, "SEQUENCE", name, b.ownedByTable() == null ? b.owner() : a.owner(), a.owner());
        }
        comment(out, "SEQUENCE " + name, b.comment(), a.comment());
        privileges(out, "SEQUENCE " + name, b.privileges(), a.privileges());
    }

    private Alteration enumType(Statements out, EnumType b, EnumType a) {
        String name = qualify(a.schema(), a.name());
        Set<ObjectId> rebuildAlso = new TreeSet<>();
        if (isSubsequence(b.labels(), a.labels())) {
            List<String> present = new ArrayList<>(b.labels());
            for (int i = 0; i < a.labels().size(); i++) {
                String label = a.labels().get(i);
                if (present.contains(label)) {
                    continue;
                }
                // Labels are added in their new order, so the one before is always there by now; a new first
                // label goes before the old first one.
                String position = i > 0 ? " AFTER " + literal(a.labels().get(i - 1))
                        : present.isEmpty() ? "" : " BEFORE " + literal(present.get(0));
                out.addOutsideTransaction("ALTER TYPE " + name + " ADD VALUE " + literal(label) + position + ";",
                        Hazard.NEW_ENUM_VALUE);
                present.add(i, label);
            }
        } else {
            // Values removed or reordered: PostgreSQL cannot, so build the new type beside the old one, move every
            // column over through text, and drop the old type. Whatever else uses the type is rebuilt around it.
            String oldName = a.name() + "__retort_old";
            out.add("ALTER TYPE " + name + " RENAME TO " + quote(oldName) + ";");
            out.add("CREATE TYPE " + name + " AS ENUM (" + String.join(", ",
                    a.labels().stream().map(l -> literal(l)).toList()) + ");");
            for (Table t : from.all(Table.class)) {
                if (!to.contains(t.id())) {
                    continue; // dropped by the plan before this: its values need not fit the new labels
                }
                for (Column c : t.columns()) {
                    if (c.inherited() || !(c.type().equals(name) || c.type().equals(name + "[]"))) {
                        continue;
                    }
                    String via = c.type().endsWith("[]") ? "::text[]::" : "::text::";
                    out.add("ALTER TABLE " + qualify(t.schema(), t.name()) + " ALTER COLUMN " + quote(c.name())
                            + " TYPE " + c.type() + " USING " + quote(c.name()) + via + c.type() + ";",
                            Hazard.DATA_LOSS, Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK);
                    rebuildAlso.addAll(columnDependents(t.id(), c.name()));
                }
            }
            out.add("DROP TYPE " + qualify(a.schema(), oldName) + ";", Hazard.DATA_LOSS);
            for (ObjectId d : from.dependencies().dependentsOf(b.id())) {
                if (d.kind() != ObjectKind.TABLE) {
                    rebuildAlso.add(d);
                }
            }
            comment(out, "TYPE " + name, null, a.comment());
            privileges(out, "TYPE " + name, Privileges.DEFAULT, a.privileges());
            owner(out, "TYPE", name, null, a.owner());
            return new Alteration(false, out.list, rebuildAlso);
        }
        owner(out, "TYPE", name, b.owner(), a.owner());
        comment(out, "TYPE " + name, b.comment(), a.comment());
        privileges(out, "TYPE " + name, b.privileges(), a.privileges());
        return Alteration.of(out.list);
    }

    /**
     * The cast of a column's USING: direct, or through text when either side is an enum (PostgreSQL has no cast
     * between two enums, nor from most types to an enum).
     */
    private String cast(String oldType, String newType) {
        if (!isEnum(from, oldType) && !isEnum(to, newType)) {
            return "::" + newType;
        }
        return (oldType.endsWith("[]") && newType.endsWith("[]") ? "::text[]::" : "::text::") + newType;
    }

    private static boolean isEnum(CatalogSnapshot snapshot, String type) {
        String base = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        return snapshot.all(EnumType.class).stream().anyMatch(e -> qualify(e.schema(), e.name()).equals(base));
    }

    private static boolean isSubsequence(List<String> old, List<String> now) {
        int j = 0;
        for (String label : now) {
            if (j < old.size() && old.get(j).equals(label)) {
                j++;
            } else if (old.contains(label)) {
                return false;
            }
        }
        return j == old.size();
    }

    /** Whether dropping the removed attributes and appending the new ones gives the new order. */
    private static boolean keepsAttributeOrder(CompositeType b, CompositeType a) {
        List<String> now = a.attributes().stream().map(CompositeType.Attribute::name).toList();
        List<String> result = new ArrayList<>(b.attributes().stream().map(CompositeType.Attribute::name)
                .filter(now::contains).toList());
        now.stream().filter(n -> !result.contains(n)).toList().forEach(result::add);
        return result.equals(now);
    }

    private void compositeType(Statements out, CompositeType b, CompositeType a) {
        String name = qualify(a.schema(), a.name());
        Map<String, CompositeType.Attribute> old = new LinkedHashMap<>();
        b.attributes().forEach(x -> old.put(x.name(), x));
        Set<String> now = new TreeSet<>();
        a.attributes().forEach(x -> now.add(x.name()));
        List<String> actions = new ArrayList<>();
        for (CompositeType.Attribute x : b.attributes()) {
            if (!now.contains(x.name())) {
                actions.add("DROP ATTRIBUTE " + quote(x.name()));
            }
        }
        for (CompositeType.Attribute x : a.attributes()) {
            CompositeType.Attribute was = old.get(x.name());
            String collate = x.collation() == null ? "" : " COLLATE " + x.collation();
            if (was == null) {
                actions.add("ADD ATTRIBUTE " + quote(x.name()) + " " + x.type() + collate);
            } else if (!was.equals(x)) {
                actions.add("ALTER ATTRIBUTE " + quote(x.name()) + " TYPE " + x.type() + collate);
            }
        }
        if (!actions.isEmpty()) {
            out.add("ALTER TYPE " + name + " " + String.join(", ", actions) + ";");
        }
        owner(out, "TYPE", name, b.owner(), a.owner());
        comment(out, "TYPE " + name, b.comment(), a.comment());
        privileges(out, "TYPE " + name, b.privileges(), a.privileges());
    }

    private static Alteration domain(Statements out, Domain b, Domain a) {
        if (!b.baseType().equals(a.baseType()) || !Objects.equals(b.collation(), a.collation())) {
            return Alteration.REBUILD;
        }
        String name = qualify(a.schema(), a.name());
        if (!Objects.equals(b.defaultExpression(), a.defaultExpression())) {
            out.add("ALTER DOMAIN " + name + (a.defaultExpression() == null ? " DROP DEFAULT;"
                    : " SET DEFAULT " + a.defaultExpression() + ";"));
        }
        if (b.notNull() != a.notNull()) {
            out.add("ALTER DOMAIN " + name + (a.notNull() ? " SET NOT NULL;" : " DROP NOT NULL;"));
        }
        Map<String, String> old = new LinkedHashMap<>();
        b.checks().forEach(c -> old.put(c.name(), c.definition()));
        Map<String, String> now = new LinkedHashMap<>();
        a.checks().forEach(c -> now.put(c.name(), c.definition()));
        old.forEach((n, def) -> {
            if (!def.equals(now.get(n))) {
                out.add("ALTER DOMAIN " + name + " DROP CONSTRAINT " + quote(n) + ";");
            }
        });
        now.forEach((n, def) -> {
            if (!def.equals(old.get(n))) {
                out.add("ALTER DOMAIN " + name + " ADD CONSTRAINT " + quote(n) + " " + def + ";");
            }
        });
        Map<String, Domain.Check> oldChecks = new LinkedHashMap<>();
        b.checks().forEach(c -> oldChecks.put(c.name(), c));
        for (Domain.Check c : a.checks()) {
            Domain.Check was = oldChecks.get(c.name());
            // A re-added check starts without a comment.
            String before = was != null && was.definition().equals(c.definition()) ? was.comment() : null;
            comment(out, "CONSTRAINT " + quote(c.name()) + " ON DOMAIN " + name, before, c.comment());
        }
        owner(out, "DOMAIN", name, b.owner(), a.owner());
        comment(out, "DOMAIN " + name, b.comment(), a.comment());
        privileges(out, "DOMAIN " + name, b.privileges(), a.privileges());
        return Alteration.of(out.list);
    }

    private static RangeType withoutExtras(RangeType r) {
        return new RangeType(r.schema(), r.name(), r.subtype(), r.subtypeOpclass(), r.collation(), r.canonical(),
                r.subtypeDiff(), r.multirangeName(), null, Privileges.DEFAULT, null);
    }

    // ---- routines, triggers, policies ----

    private static Alteration routine(Statements out, Routine b, Routine a) {
        boolean sameBody = Objects.equals(b.definition(), a.definition()) && Objects.equals(b.aggregate(), a.aggregate());
        if (!sameBody) {
            // CREATE OR REPLACE keeps dependents, but PostgreSQL refuses it for a new result type, renamed or
            // re-moded parameters or removed defaults: those are dropped and created again, dependents around them.
            if (a.aggregate() != null || !Objects.equals(b.result(), a.result())
                    || !b.arguments().equals(a.arguments())) {
                return Alteration.REBUILD;
            }
            out.add(a.definition().stripTrailing() + ";");
        }
        String keyword = DdlWriter.routineKeyword(a);
        owner(out, keyword, a.signature(), b.owner(), a.owner());
        comment(out, keyword + " " + a.signature(), b.comment(), a.comment());
        privileges(out, (a.kind() == ObjectKind.PROCEDURE ? "PROCEDURE " : "FUNCTION ") + a.grantSignature(),
                b.privileges(), a.privileges());
        return Alteration.of(out.list);
    }

    // ---- shared ----

    private static Map<String, Column> byName(List<Column> columns) {
        Map<String, Column> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.name(), c));
        return map;
    }

    private static void owner(Statements out, String keyword, String name, String before, String after) {
        Decorations.owner(keyword, name, before, after).forEach(out::add);
    }

    private static void comment(Statements out, String target, String before, String after) {
        Decorations.comment(target, before, after).forEach(out::add);
    }

    /** Sets a comment whatever it was (a column that was dropped and added again has none). */
    private static void commentSet(Statements out, String target, String comment) {
        out.add("COMMENT ON " + target + " IS " + (comment == null ? "NULL" : literal(comment)) + ";");
    }

    private static void privileges(Statements out, String target, Privileges before, Privileges after) {
        Decorations.privileges(target, before, after).forEach(out::add);
    }

    private static void columnPrivileges(Statements out, String table, String column, Privileges before,
                                         Privileges after) {
        Decorations.columnPrivileges("TABLE " + table, column, before, after).forEach(out::add);
    }

    /** Statements for one object, collected with their hazards. */
    private static final class Statements {
        private final ObjectId id;
        private final List<PlannedStatement> list = new ArrayList<>();

        Statements(ObjectId id) {
            this.id = id;
        }

        void add(String sql, Hazard... hazards) {
            list.add(new PlannedStatement(id, ALTER, sql, hazards));
        }

        /** A statement whose effect must be committed before the rest of the plan may use it. */
        void addOutsideTransaction(String sql, Hazard... hazards) {
            list.add(new PlannedStatement(id, ALTER, sql, Set.of(hazards), false));
        }
    }
}
