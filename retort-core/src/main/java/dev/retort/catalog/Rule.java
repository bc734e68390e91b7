package dev.retort.catalog;

/**
 * A rewrite rule on a table or view (not a view's own {@code _RETURN} rule), as {@code pg_get_ruledef} renders it,
 * without the closing semicolon.
 *
 * @param enabled when it fires, against {@code session_replication_role}
 */
public record Rule(String schema, String table, String name, String definition, TriggerState enabled,
                   String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.RULE, schema, table, name);
    }
}
