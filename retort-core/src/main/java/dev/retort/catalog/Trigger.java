package dev.retort.catalog;

/**
 * A trigger (or constraint trigger), as {@code pg_get_triggerdef} renders it.
 *
 * @param enabled {@code O} origin (default), {@code D} disabled, {@code R} replica, {@code A} always
 */
public record Trigger(String schema, String table, String name, String definition, String enabled, String comment)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.TRIGGER, schema, table, name);
    }
}
