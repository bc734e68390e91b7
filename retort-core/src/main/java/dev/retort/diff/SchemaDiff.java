package dev.retort.diff;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
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
            } else if (!before.equals(object)) {
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

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
