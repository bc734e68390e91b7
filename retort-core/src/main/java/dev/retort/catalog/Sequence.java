package dev.retort.catalog;

/**
 * A sequence (identity sequences are part of their column).
 *
 * @param ownedByTable  the table whose column owns the sequence (OWNED BY), else null
 * @param ownedByColumn that column, else null
 * @param unlogged      an UNLOGGED sequence (PostgreSQL 15+)
 */
public record Sequence(String schema, String name, String dataType, long start, long increment, long min, long max,
                       long cache, boolean cycle, ObjectId ownedByTable, String ownedByColumn, String owner,
                       Privileges privileges, String comment, boolean unlogged) implements CatalogObject {
    public Sequence(String schema, String name, String dataType, long start, long increment, long min, long max,
                    long cache, boolean cycle, ObjectId ownedByTable, String ownedByColumn, String owner,
                    Privileges privileges, String comment) {
        this(schema, name, dataType, start, increment, min, max, cache, cycle, ownedByTable, ownedByColumn, owner,
                privileges, comment, false);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.SEQUENCE, schema, name);
    }
}
