package dev.retort.catalog;

/**
 * A trigger (or constraint trigger), as {@code pg_get_triggerdef} renders it.
 *
 * @param enabled when it fires
 */
public record Trigger(String schema, String table, String name, String definition, TriggerState enabled, String comment)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.TRIGGER, schema, table, name);
    }
}
