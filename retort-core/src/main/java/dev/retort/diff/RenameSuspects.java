package dev.retort.diff;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.Identifiers;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Drops and adds that look like renames: in a table, one column dropped and one of the same type added; in a
 * schema, a table dropped and one with the same columns added. The planner cannot know (the data says nothing of
 * intent), so it plans the drop and the add; this says which hint would make it a rename instead.
 */
public final class RenameSuspects {
    private RenameSuspects() {
    }

    /** One sentence per suspect: what is dropped, what is added, and the hint to write if it is a rename. */
    public static List<String> find(CatalogSnapshot from, CatalogSnapshot to) {
        SchemaDiff diff = SchemaDiff.between(from, to);
        List<String> out = new ArrayList<>();
        for (ObjectId id : diff.changed()) {
            if (from.get(id) instanceof Table before && to.get(id) instanceof Table after) {
                List<Column> dropped = without(before.columns(), after.columns());
                List<Column> added = without(after.columns(), before.columns());
                for (Column d : dropped) {
                    List<Column> sameType = added.stream().filter(a -> a.type().equals(d.type())).toList();
                    long rivals = dropped.stream().filter(o -> o.type().equals(d.type())).count();
                    if (sameType.size() == 1 && rivals == 1) {
                        Column a = sameType.get(0);
                        out.add("column " + Identifiers.quote(d.name()) + " of " + id.qualifiedName() + " is dropped "
                                + "and column " + Identifiers.quote(a.name()) + " of the same type (" + a.type()
                                + ") added: its data is lost. If it is a rename, say so: end the column's line in its "
                                + "CREATE TABLE with -- retort:renamed-from " + Identifiers.quote(d.name())
                                + ", or add \"" + id.schema() + "." + id.name() + "." + a.name() + "\" = \"" + d.name()
                                + "\" under [renames] in retort.toml");
                    }
                }
            }
        }
        for (ObjectId gone : diff.removed()) {
            if (gone.kind() != ObjectKind.TABLE || !(from.get(gone) instanceof Table before)) {
                continue;
            }
            List<ObjectId> lookalikes = diff.added().stream().filter(a -> a.kind() == ObjectKind.TABLE
                    && Objects.equals(a.schema(), gone.schema()) && to.get(a) instanceof Table t
                    && signature(t).equals(signature(before))).toList();
            if (lookalikes.size() == 1) {
                ObjectId a = lookalikes.get(0);
                out.add(gone + " is dropped and " + a + " with the same columns created: its rows are lost. If it is "
                        + "a rename, say so: put -- retort:renamed-from " + Identifiers.quote(gone.name())
                        + " above its CREATE TABLE, or add \"" + a.schema() + "." + a.name() + "\" = \"" + gone.name()
                        + "\" under [renames] in retort.toml");
            }
        }
        return out;
    }

    private static List<Column> without(List<Column> columns, List<Column> others) {
        return columns.stream().filter(c -> !c.inherited() && others.stream()
                .noneMatch(o -> o.name().equals(c.name()))).toList();
    }

    private static List<String> signature(Table t) {
        return t.columns().stream().sorted(Comparator.comparing(Column::name)).map(c -> c.name() + " " + c.type())
                .toList();
    }
}
