package dev.retort.catalog;

/** An installed extension; the objects it creates are its own and not part of the snapshot. */
public record Extension(String name, String schema, String version, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.EXTENSION, null, name, null, null);
    }
}
