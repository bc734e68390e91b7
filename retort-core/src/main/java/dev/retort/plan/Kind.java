package dev.retort.plan;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import java.util.List;

/**
 * Everything the planner knows about one kind of catalog object: the statements that create it, drop it, and
 * turn one version of it into another. One implementation per kind, registered in {@link Kinds}.
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
}
