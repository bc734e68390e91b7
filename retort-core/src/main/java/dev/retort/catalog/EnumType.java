package dev.retort.catalog;

import java.util.List;

/** An enum type with its labels in sort order. */
public record EnumType(String schema, String name, List<String> labels, String owner, Privileges privileges,
                       String comment) implements CatalogObject {
    public EnumType {
        labels = List.copyOf(labels);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.ENUM, schema, name);
    }
}
