package dev.retort.catalog;

/**
 * A sequence (identity sequences are part of their column).
 *
 * @param ownedByTable  the table whose column owns the sequence (OWNED BY), else null
 * @param ownedByColumn that column, else null
 */
public record Sequence(String schema, String name, String dataType, long start, long increment, long min, long max,
                       long cache, boolean cycle, ObjectId ownedByTable, String ownedByColumn, String owner,
                       Privileges privileges, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.SEQUENCE, schema, name);
    }
}
