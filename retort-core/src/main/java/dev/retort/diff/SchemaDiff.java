package dev.retort.diff;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What differs between two snapshots, object by object: identities only in {@code to} (added), only in
 * {@code from} (removed), and in both with different definitions (changed).
 */
public record SchemaDiff(SortedSet<ObjectId> added, SortedSet<ObjectId> removed, SortedSet<ObjectId> changed) {
    public SchemaDiff {
        added = Collections.unmodifiableSortedSet(new TreeSet<>(added));
        removed = Collections.unmodifiableSortedSet(new TreeSet<>(removed));
        changed = Collections.unmodifiableSortedSet(new TreeSet<>(changed));
    }

    public static SchemaDiff between(CatalogSnapshot from, CatalogSnapshot to) {
        SortedSet<ObjectId> added = new TreeSet<>();
        SortedSet<ObjectId> removed = new TreeSet<>();
        SortedSet<ObjectId> changed = new TreeSet<>();
        for (CatalogObject object : to.all()) {
            CatalogObject before = from.get(object.id());
            if (before == null) {
                added.add(object.id());
            } else if (!sameDefinition(before, object)) {
                changed.add(object.id());
            }
        }
        for (ObjectId id : from.objects().keySet()) {
            if (!to.contains(id)) {
                removed.add(id);
            }
        }
        return new SchemaDiff(added, removed, changed);
    }

    /**
     * Equal, except that a table's column order does not count: ADD COLUMN can only append, and Retort does not
     * rebuild a table to reorder its columns, so order differences would be reported forever.
     */
    static boolean sameDefinition(CatalogObject before, CatalogObject after) {
        if (before instanceof Table b && after instanceof Table a) {
            return withSortedColumns(b).equals(withSortedColumns(a));
        }
        return before.equals(after);
    }

    private static Table withSortedColumns(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.sort(Comparator.comparing(Column::name));
        return new Table(t.schema(), t.name(), t.unlogged(), t.partitionKey(), t.partitionBound(), t.parents(),
                t.options(), t.rlsEnabled(), t.rlsForced(), t.replicaIdentity(), t.accessMethod(), columns, t.owner(),
                t.privileges(), t.comment(), t.ofType());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
