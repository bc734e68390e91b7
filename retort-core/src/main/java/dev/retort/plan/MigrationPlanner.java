package dev.retort.plan;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Constraint;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Sequence;
import dev.retort.diff.SchemaDiff;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the difference between two snapshots into ordered statements: drops in reverse dependency order of the
 * {@code from} graph, then creates in dependency order of the {@code to} graph. A changed object is dropped and
 * created again, and so is everything that depends on it.
 */
public final class MigrationPlanner {
    private final DdlWriter ddl = new DdlWriter();

    public MigrationPlan plan(CatalogSnapshot from, CatalogSnapshot to) {
        SchemaDiff diff = SchemaDiff.between(from, to);
        Set<ObjectId> rebuilt = withDependents(from, diff.changed());
        Set<ObjectId> drops = new TreeSet<>(diff.removed());
        drops.addAll(rebuilt);
        Set<ObjectId> creates = new TreeSet<>(diff.added());
        for (ObjectId id : rebuilt) {
            if (to.contains(id)) {
                creates.add(id);
            }
        }

        List<PlannedStatement> statements = new ArrayList<>();
        List<ObjectId> dropOrder = from.dependencies().order(drops, id -> droppedWith(from, drops, id));
        Collections.reverse(dropOrder);
        for (ObjectId id : dropOrder) {
            if (droppedWith(from, drops, id).equals(id)) {
                for (String sql : ddl.drop(from.get(id))) {
                    statements.add(new PlannedStatement(id, PlannedStatement.Action.DROP, sql));
                }
            }
        }
        for (ObjectId id : to.dependencies().order(creates)) {
            for (String sql : ddl.create(to.get(id))) {
                statements.add(new PlannedStatement(id, PlannedStatement.Action.CREATE, sql));
            }
        }
        return new MigrationPlan(statements);
    }

    /** The changed objects and, transitively, everything in {@code from} that depends on them. */
    private static Set<ObjectId> withDependents(CatalogSnapshot from, Set<ObjectId> changed) {
        Set<ObjectId> result = new TreeSet<>(changed);
        Deque<ObjectId> queue = new ArrayDeque<>(changed);
        while (!queue.isEmpty()) {
            for (ObjectId dependent : from.dependencies().dependentsOf(queue.pop())) {
                if (from.contains(dependent) && result.add(dependent)) {
                    queue.add(dependent);
                }
            }
        }
        return result;
    }

    /**
     * The dropped object whose DROP also removes this one (a table for its indexes, defaults, triggers, policies
     * and non-FK constraints; a table for the sequences it owns), or the object itself. Foreign keys are dropped on
     * their own, first, so tables that reference each other can go in any order.
     */
    private static ObjectId droppedWith(CatalogSnapshot from, Set<ObjectId> drops, ObjectId id) {
        if (id.kind().isTablePart() && !(from.get(id) instanceof Constraint c && c.isForeignKey())) {
            ObjectId table = id.tableId();
            ObjectId matview = ObjectId.of(ObjectKind.MATERIALIZED_VIEW, id.schema(), id.table());
            ObjectId view = ObjectId.of(ObjectKind.VIEW, id.schema(), id.table());
            for (ObjectId owner : List.of(table, matview, view)) {
                if (drops.contains(owner)) {
                    return owner;
                }
            }
        }
        CatalogObject object = from.get(id);
        if (object instanceof Sequence s && s.ownedByTable() != null && drops.contains(s.ownedByTable())) {
            return s.ownedByTable();
        }
        return id;
    }
}
