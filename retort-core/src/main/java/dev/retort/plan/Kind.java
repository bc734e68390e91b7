package dev.retort.plan;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the planner knows about one kind of catalog object: the statements that create it, drop it, and
 * turn one version of it into another, what dropping and creating it risks, and what else a DROP takes it along
 * with. One implementation per kind, registered in {@link Kinds}. What stages below the planner need to know of a
 * kind (its label, whether it is part of a table, whether it lives in a schema) is on {@link ObjectKind} itself.
 *
 * @param <T> the record the catalog reads objects of this kind into
 */
interface Kind<T extends CatalogObject> {
    /** The record class of this kind's objects. */
    Class<T> type();

    /** Statements creating the object as the snapshot describes it, decorations (owner, comment, grants) included. */
    List<String> create(T object);

    /** Statements dropping the object. */
    List<String> drop(T object);

    /**
     * Statements turning {@code before} into {@code after} in place, or {@link Alteration#REBUILD} when only a drop
     * and create can (the default).
     *
     * @param from the snapshot {@code before} belongs to (its server version, its extensions' update paths)
     */
    default Alteration alter(T before, T after, CatalogSnapshot from) {
        return Alteration.REBUILD;
    }

    /**
     * The alteration within a whole plan, for the kinds that reach beyond their object (a table's new columns and
     * their defaults, an enum's columns in other tables); the default is {@link #alter(CatalogObject,
     * CatalogObject, CatalogSnapshot)}, which needs only the snapshot {@code before} belongs to.
     */
    default Alteration alterInPlan(T before, T after, PlanContext plan) {
        return alter(before, after, plan.from());
    }

    /**
     * What dropping the object risks. By default: a table part takes its table's ACCESS EXCLUSIVE lock, anything
     * else nothing (kinds that hold data say so).
     */
    default Set<Hazard> dropHazards(T object) {
        return object.id().kind().isTablePart() ? EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK) : Set.of();
    }

    /**
     * What creating the object risks; {@code onExistingTable} when it is a table part going onto a table that
     * already has its rows (it then takes the table's lock; kinds that build an index say so).
     */
    default Set<Hazard> createHazards(T object, boolean onExistingTable) {
        return onExistingTable ? EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK) : Set.of();
    }

    /**
     * The objects whose DROP also drops this one, the nearest first: by default, for a table part, its table (or
     * the materialized view or view it hangs on). The planner leaves out the DROP of an object one of these takes
     * along.
     */
    default List<ObjectId> droppedWith(T object) {
        ObjectId id = object.id();
        if (!id.kind().isTablePart()) {
            return List.of();
        }
        return List.of(ObjectId.of(ObjectKind.TABLE, id.schema(), id.table()),
                ObjectId.of(ObjectKind.MATERIALIZED_VIEW, id.schema(), id.table()),
                ObjectId.of(ObjectKind.VIEW, id.schema(), id.table()));
    }
}
