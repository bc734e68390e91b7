package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.EnumType;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Enum types. New labels are added in place (outside the transaction, as PostgreSQL requires before they can be
 * used); labels removed or reordered replace the type beside the old one, moving every column over through text.
 */
final class EnumKind implements Kind<EnumType> {
    static final EnumKind INSTANCE = new EnumKind();

    @Override
    public Class<EnumType> type() {
        return EnumType.class;
    }

    /** What it holds, its values in columns that use it, goes with it. */
    @Override
    public Set<Hazard> dropHazards(EnumType object) {
        return EnumSet.of(Hazard.DATA_LOSS);
    }

    @Override
    public List<String> create(EnumType e) {
        String name = qualify(e.schema(), e.name());
        List<String> out = new ArrayList<>();
        out.add("CREATE TYPE " + name + " AS ENUM (" + labels(e) + ");");
        out.addAll(Decorations.of("TYPE", name, Decorations.State.NONE, decorations(e)));
        return out;
    }

    @Override
    public List<String> drop(EnumType e) {
        return List.of("DROP TYPE " + e.id().qualifiedName() + ";");
    }

    /** Replacing the type retypes columns of tables: it needs both snapshots. */
    @Override
    public Alteration alterInPlan(EnumType b, EnumType a, PlanContext plan) {
        String name = qualify(a.schema(), a.name());
        AlterStatements out = new AlterStatements(a.id());
        if (!isSubsequence(b.labels(), a.labels())) {
            return replace(out, b, a, plan.from(), plan.to());
        }
        List<String> present = new ArrayList<>(b.labels());
        for (int i = 0; i < a.labels().size(); i++) {
            String label = a.labels().get(i);
            if (present.contains(label)) {
                continue;
            }
            // Labels are added in their new order, so the one before is always there by now; a new first label
            // goes before the old first one.
            String position = i > 0 ? " AFTER " + literal(a.labels().get(i - 1))
                    : present.isEmpty() ? "" : " BEFORE " + literal(present.get(0));
            out.addOutsideTransaction("ALTER TYPE " + name + " ADD VALUE " + literal(label) + position + ";",
                    Hazard.NEW_ENUM_VALUE);
            present.add(i, label);
        }
        out.addAll(Decorations.of("TYPE", name, decorations(b), decorations(a)));
        return out.alteration();
    }

    /**
     * Values removed or reordered: PostgreSQL cannot, so the new type is built beside the old one, every column
     * moved over through text, and the old type dropped. Whatever else uses the type is rebuilt around it.
     */
    private static Alteration replace(AlterStatements out, EnumType b, EnumType a, CatalogSnapshot from,
                                      CatalogSnapshot to) {
        String name = qualify(a.schema(), a.name());
        Set<ObjectId> rebuildAlso = new TreeSet<>();
        String oldName = a.name() + "__retort_old";
        out.add("ALTER TYPE " + name + " RENAME TO " + quote(oldName) + ";");
        out.add("CREATE TYPE " + name + " AS ENUM (" + labels(a) + ");");
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
                rebuildAlso.addAll(Relations.columnDependents(from, t.id(), c.name()));
            }
        }
        out.add("DROP TYPE " + qualify(a.schema(), oldName) + ";", Hazard.DATA_LOSS);
        for (ObjectId d : from.dependencies().dependentsOf(b.id())) {
            if (d.kind() != ObjectKind.TABLE) {
                rebuildAlso.add(d);
            }
        }
        // The new type starts undecorated.
        out.addAll(Decorations.comment("TYPE " + name, null, a.comment()));
        out.addAll(Decorations.privileges("TYPE " + name, Privileges.DEFAULT, a.privileges()));
        out.addAll(Decorations.owner("TYPE", name, null, a.owner()));
        return new Alteration(false, out.list(), rebuildAlso);
    }

    private static String labels(EnumType e) {
        return e.labels().stream().map(l -> literal(l)).collect(Collectors.joining(", "));
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

    private static Decorations.State decorations(EnumType e) {
        return new Decorations.State(e.owner(), e.comment(), e.privileges());
    }
}
