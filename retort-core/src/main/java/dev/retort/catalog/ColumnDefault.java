package dev.retort.catalog;

/** A column's DEFAULT expression, on a table or a view. */
public record ColumnDefault(String schema, String table, String column, boolean onView, String expression)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.COLUMN_DEFAULT, schema, table, column);
    }

    @Override
    public String comment() {
        return null;
    }
}
