package dev.retort.catalog;

import java.util.List;

/** A view: its definition as {@code pg_get_viewdef} renders it, options (check_option, security_barrier, ...). */
public record View(String schema, String name, String definition, List<String> options, List<Column> columns,
                   String owner, Privileges privileges, String comment) implements CatalogObject {
    public View {
        options = List.copyOf(options);
        columns = List.copyOf(columns);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.VIEW, schema, name);
    }
}
