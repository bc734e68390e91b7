package dev.retort.catalog;

/** A schema. {@code owner} is null unless owners are managed. */
public record Schema(String name, String owner, Privileges privileges, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.SCHEMA, null, name, null, null);
    }
}
