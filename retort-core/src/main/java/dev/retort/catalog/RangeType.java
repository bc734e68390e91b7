package dev.retort.catalog;

/** A range type; {@code multirangeName} is null before PostgreSQL 14. */
public record RangeType(String schema, String name, String subtype, String subtypeOpclass, String collation,
                        String canonical, String subtypeDiff, String multirangeName, String owner,
                        Privileges privileges, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.RANGE_TYPE, schema, name);
    }
}
