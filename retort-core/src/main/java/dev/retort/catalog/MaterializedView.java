package dev.retort.catalog;

import java.util.List;

/** A materialized view; its indexes are {@link Index} objects. */
public record MaterializedView(String schema, String name, String definition, List<String> options,
                               boolean populated, String accessMethod, List<Column> columns, String owner,
                               Privileges privileges, String comment) implements CatalogObject {
    public MaterializedView {
        options = List.copyOf(options);
        columns = List.copyOf(columns);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.MATERIALIZED_VIEW, schema, name);
    }
}
