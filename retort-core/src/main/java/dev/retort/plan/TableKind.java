package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.ColumnDefault;
import dev.retort.catalog.EnumType;
import dev.retort.catalog.Identity;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.ReplicaIdentity;
import dev.retort.catalog.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tables with their columns (defaults, constraints, indexes, triggers and policies are kinds of their own).
 * Columns are added, dropped and changed in place; a new persistence, partitioning, parent or access method
 * rebuilds the table.
 */
final class TableKind implements Kind<Table> {
    static final TableKind INSTANCE = new TableKind();

    @Override
    public Class<Table> type() {
        return Table.class;
    }

    @Override
    public Set<Hazard> dropHazards(Table t) {
        return EnumSet.of(Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK);
    }

    @Override
    public List<String> create(Table t) {
        String name = qualify(t.schema(), t.name());
        StringBuilder sb = new StringBuilder("CREATE ").append(t.unlogged() ? "UNLOGGED " : "").append("TABLE ")
                .append(name);
        if (t.isPartition()) {
            sb.append(" PARTITION OF ").append(t.parents().get(0));
            sb.append("\n    ").append(t.partitionBound());
        } else if (t.ofType() != null) {
            // The columns are the type's; only NOT NULL is the table's own.
            sb.append(" OF ").append(t.ofType());
            List<String> notNull = t.columns().stream().filter(Column::notNull)
                    .map(c -> quote(c.name()) + " WITH OPTIONS NOT NULL").toList();
            if (!notNull.isEmpty()) {
                sb.append(" (").append(String.join(", ", notNull)).append(")");
            }
        } else {
            List<String> columns = t.columns().stream().filter(c -> !c.inherited())
                    .map(c -> columnSql(c, null, c.notNull())).toList();
            sb.append(" (").append(columns.isEmpty() ? "" : "\n    " + String.join(",\n    ", columns) + "\n")
                    .append(")");
            if (!t.parents().isEmpty()) {
                sb.append("\nINHERITS (").append(String.join(", ", t.parents())).append(")");
            }
        }
        if (t.partitionKey() != null) {
            sb.append("\nPARTITION BY ").append(t.partitionKey());
        }
        if (t.accessMethod() != null) {
            sb.append("\nUSING ").append(quote(t.accessMethod()));
        }
        sb.append(Relations.with(t.options()).replace(" WITH", "\nWITH")).append(';');
        List<String> out = new ArrayList<>();
        out.add(sb.toString());
        if (t.rlsEnabled()) {
            out.add("ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;");
        }
        if (t.rlsForced()) {
            out.add("ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY;");
        }
        if (t.replicaIdentity() == ReplicaIdentity.FULL || t.replicaIdentity() == ReplicaIdentity.NOTHING) {
            out.add("ALTER TABLE " + name + " REPLICA IDENTITY " + t.replicaIdentity() + ";");
        }
        for (Column c : t.columns()) {
            out.addAll(columnSettings(name, c, null, c.settings()));
        }
        out.addAll(Relations.created("TABLE", name, new Decorations.State(t.owner(), t.comment(), t.privileges()),
                t.columns()));
        return out;
    }

    @Override
    public List<String> drop(Table t) {
        return List.of("DROP TABLE " + t.id().qualifiedName() + ";");
    }

    /** A new column's default may be written into its ADD COLUMN, and a dropped one may stay in a child: both
     * need the plan. */
    @Override
    public Alteration alterInPlan(Table b, Table a, PlanContext plan) {
        if (b.unlogged() != a.unlogged() || !Objects.equals(b.partitionKey(), a.partitionKey())
                || !Objects.equals(b.partitionBound(), a.partitionBound()) || !b.parents().equals(a.parents())
                || !Objects.equals(b.accessMethod(), a.accessMethod())) {
            return Alteration.REBUILD;
        }
        CatalogSnapshot from = plan.from();
        AlterStatements out = new AlterStatements(a.id());
        String name = qualify(a.schema(), a.name());
        String alter = "ALTER TABLE " + name + " ";
        Set<ObjectId> rebuildAlso = new TreeSet<>();
        // A table-level REVOKE also revokes the privilege on every column: it goes before the column grants.
        Decorations.PrivilegeChange tablePrivileges = Decorations.PrivilegeChange.between(b.privileges(),
                a.privileges());
        out.addAll(Decorations.grantStatements("TABLE " + name, tablePrivileges.revoke(), true, ""));
        Map<String, Column> old = Relations.byName(b.columns());
        Map<String, Column> now = Relations.byName(a.columns());
        for (Column c : b.columns()) {
            if (!now.containsKey(c.name()) && !c.inherited()) {
                // ONLY when a child keeps the column (it becomes the child's own); else the drop recurses.
                out.add((keptByChild(plan.to(), a, c.name()) ? "ALTER TABLE ONLY " + name + " " : alter)
                        + "DROP COLUMN " + quote(c.name()) + ";", Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK);
                rebuildAlso.addAll(Relations.columnDependents(from, b.id(), c.name()));
            }
        }
        for (Column c : a.columns()) {
            Column was = old.get(c.name());
            if (c.inherited()) {
                continue;
            }
            if (was == null) {
                addColumn(out, plan.newDefaults(), a.id(), name, c);
                continue;
            }
            if (!Objects.equals(was.generated(), c.generated())
                    || !Objects.equals(was.generationExpression(), c.generationExpression())) {
                // A generation expression cannot be changed in place before PostgreSQL 17: the column is re-added.
                out.add(alter + "DROP COLUMN " + quote(c.name()) + ";", was.generated() == null
                        ? new Hazard[] {Hazard.DATA_LOSS, Hazard.ACCESS_EXCLUSIVE_LOCK}
                        : new Hazard[] {Hazard.ACCESS_EXCLUSIVE_LOCK});
                addColumn(out, plan.newDefaults(), a.id(), name, c);
                rebuildAlso.addAll(Relations.columnDependents(from, b.id(), c.name()));
                continue;
            }
            if (!was.type().equals(c.type()) || !Objects.equals(was.collation(), c.collation())) {
                List<Hazard> hazards = new ArrayList<>(List.of(Hazard.ACCESS_EXCLUSIVE_LOCK));
                if (TypeChanges.rewrites(was.type(), c.type())) {
                    hazards.add(Hazard.TABLE_REWRITE);
                }
                if (TypeChanges.mayLoseData(was.type(), c.type())) {
                    hazards.add(Hazard.DATA_LOSS);
                }
                out.add(alter + "ALTER COLUMN " + quote(c.name()) + " TYPE " + c.type()
                        + (c.collation() == null ? "" : " COLLATE " + c.collation()) + " USING " + quote(c.name())
                        + cast(plan, was.type(), c.type()) + ";", hazards.toArray(Hazard[]::new));
                rebuildAlso.addAll(Relations.columnDependents(from, b.id(), c.name()));
            }
            if (was.notNull() != c.notNull() && c.identity() == null && was.identity() == null) {
                out.add(alter + "ALTER COLUMN " + quote(c.name()) + (c.notNull() ? " SET NOT NULL;"
                        : " DROP NOT NULL;"), Hazard.ACCESS_EXCLUSIVE_LOCK);
            }
            identity(out, alter, was, c);
            out.addAll(columnSettings(name, c, was.settings(), c.settings()));
            if (!Objects.equals(was.comment(), c.comment())) {
                out.add(Decorations.commentSet("COLUMN " + name + "." + quote(c.name()), c.comment()));
            }
            out.addAll(Decorations.columnPrivileges("TABLE " + name, c.name(), was.privileges(), c.privileges()));
        }
        if (!Objects.equals(b.ofType(), a.ofType())) {
            out.add(alter + (a.ofType() == null ? "NOT OF;" : "OF " + a.ofType() + ";"),
                    Hazard.ACCESS_EXCLUSIVE_LOCK);
        }
        out.addAll(Relations.options(alter, b.options(), a.options()));
        if (b.rlsEnabled() != a.rlsEnabled()) {
            out.add(alter + (a.rlsEnabled() ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY;");
        }
        if (b.rlsForced() != a.rlsForced()) {
            out.add(alter + (a.rlsForced() ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY;");
        }
        if (b.replicaIdentity() != a.replicaIdentity() && a.replicaIdentity() != ReplicaIdentity.INDEX) {
            out.add(alter + "REPLICA IDENTITY " + a.replicaIdentity() + ";");
        }
        out.addAll(Decorations.owner("TABLE", name, b.owner(), a.owner()));
        out.addAll(Decorations.comment("TABLE " + name, b.comment(), a.comment()));
        out.addAll(Decorations.grantStatements("TABLE " + name, tablePrivileges.grant(), false, ""));
        return new Alteration(false, out.list(), rebuildAlso);
    }

    /** A column definition with a DEFAULT written in (else null) and NOT NULL only when {@code notNull}. */
    static String columnSql(Column c, String defaultExpression, boolean notNull) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (defaultExpression != null) {
            sb.append(" DEFAULT ").append(defaultExpression);
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generationExpression()).append(") ").append(c.generated());
        }
        if (c.identity() != null) {
            Identity id = c.identity();
            sb.append(" GENERATED ").append(id.always() ? "ALWAYS" : "BY DEFAULT")
                    .append(" AS IDENTITY (SEQUENCE NAME ").append(qualify(id.sequenceSchema(), id.sequenceName()))
                    .append(SequenceKind.Options.of(id).sql()).append(')');
        }
        if (notNull) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    /** The ALTER COLUMN statements that take a column's settings from {@code before} to {@code after}. */
    static List<String> columnSettings(String table, Column c, Column.Settings before, Column.Settings after) {
        Column.Settings b = before == null ? new Column.Settings(null, null, null, List.of(), null) : before;
        Column.Settings a = after == null ? new Column.Settings(null, null, null, List.of(), null) : after;
        String alter = "ALTER TABLE " + table + " ALTER COLUMN " + quote(c.name());
        List<String> out = new ArrayList<>();
        if (!Objects.equals(b.statistics(), a.statistics())) {
            out.add(alter + " SET STATISTICS " + (a.statistics() == null ? -1 : a.statistics()) + ";");
        }
        if (!Objects.equals(b.storage(), a.storage())) {
            out.add(alter + " SET STORAGE " + (a.storage() == null ? b.defaultStorage() : a.storage()) + ";");
        }
        List<String> reset = b.options().stream().map(o -> o.substring(0, o.indexOf('=')))
                .filter(k -> a.options().stream().noneMatch(o -> o.startsWith(k + "="))).toList();
        if (!reset.isEmpty()) {
            out.add(alter + " RESET (" + String.join(", ", reset) + ");");
        }
        List<String> set = a.options().stream().filter(o -> !b.options().contains(o)).toList();
        if (!set.isEmpty()) {
            out.add(alter + " SET (" + String.join(", ", set) + ");");
        }
        if (!Objects.equals(b.compression(), a.compression())) {
            out.add(alter + " SET COMPRESSION " + (a.compression() == null ? "DEFAULT" : a.compression()) + ";");
        }
        return out;
    }

    /** Whether a table inheriting from {@code parent} in the new schema still has the column. */
    private static boolean keptByChild(CatalogSnapshot to, Table parent, String column) {
        String parentName = qualify(parent.schema(), parent.name());
        return to.all(Table.class).stream().anyMatch(t -> t.parents().contains(parentName)
                && t.columns().stream().anyMatch(c -> c.name().equals(column)));
    }

    private static void addColumn(AlterStatements out, NewColumnDefaults newDefaults, ObjectId tableId,
                                  String table, Column c) {
        List<Hazard> hazards = new ArrayList<>(List.of(Hazard.ACCESS_EXCLUSIVE_LOCK));
        ColumnDefault inlined = newDefaults.inlined(tableId, c);
        if (c.identity() != null || "STORED".equals(c.generated())
                || (inlined != null && NewColumnDefaults.rewrites(inlined))) {
            hazards.add(Hazard.TABLE_REWRITE);
        }
        out.add("ALTER TABLE " + table + " ADD COLUMN " + columnSql(c, inlined == null ? null : inlined.expression(),
                c.notNull() && !newDefaults.notNullSetAfterwards(tableId, c)) + ";", hazards.toArray(Hazard[]::new));
        out.addAll(columnSettings(table, c, null, c.settings()));
        if (c.comment() != null) {
            out.add(Decorations.commentSet("COLUMN " + table + "." + quote(c.name()), c.comment()));
        }
        out.addAll(Decorations.columnPrivileges("TABLE " + table, c.name(), Privileges.DEFAULT, c.privileges()));
    }

    private static void identity(AlterStatements out, String alter, Column was, Column c) {
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
            out.add(alter + col + "ADD GENERATED " + (a.always() ? "ALWAYS" : "BY DEFAULT")
                    + " AS IDENTITY (SEQUENCE NAME " + qualify(a.sequenceSchema(), a.sequenceName())
                    + SequenceKind.Options.of(a).sql() + ");",
                    Hazard.ACCESS_EXCLUSIVE_LOCK);
            return;
        }
        if (a == null || !b.sequenceName().equals(a.sequenceName())
                || !b.sequenceSchema().equals(a.sequenceSchema())) {
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
        sb.append(SequenceKind.Options.of(a).changesFrom(SequenceKind.Options.of(b), true));
        if (sb.length() > 0) {
            out.add(alter + col.strip() + sb + ";");
        }
    }

    /**
     * The cast of a column's USING: direct, or through text when either side is an enum (PostgreSQL has no cast
     * between two enums, nor from most types to an enum).
     */
    private static String cast(PlanContext plan, String oldType, String newType) {
        if (!isEnum(plan.from(), oldType) && !isEnum(plan.to(), newType)) {
            return "::" + newType;
        }
        return (oldType.endsWith("[]") && newType.endsWith("[]") ? "::text[]::" : "::text::") + newType;
    }

    private static boolean isEnum(CatalogSnapshot snapshot, String type) {
        String base = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        return snapshot.all(EnumType.class).stream().anyMatch(e -> qualify(e.schema(), e.name()).equals(base));
    }
}
