package dev.retort.catalog;

import java.util.List;

/** A composite type made with CREATE TYPE ... AS (...). */
public record CompositeType(String schema, String name, List<Attribute> attributes, String owner,
                            Privileges privileges, String comment) implements CatalogObject {
    /** @param collation a collation other than the type's default, else null */
    public record Attribute(String name, String type, String collation) {
    }

    public CompositeType {
        attributes = List.copyOf(attributes);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.COMPOSITE_TYPE, schema, name);
    }
}
