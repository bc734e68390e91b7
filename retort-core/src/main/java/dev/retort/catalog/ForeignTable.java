package dev.retort.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A foreign table: its columns and options; its rows live on the server. (Check constraints, partitions and
 * inheritance of foreign tables are not modelled.)
 *
 * @param server the foreign server's name
 */
public record ForeignTable(String schema, String name, String server, List<Column> columns,
                           Map<String, String> options, String owner, Privileges privileges, String comment)
        implements CatalogObject {
    public ForeignTable {
        columns = List.copyOf(columns);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.FOREIGN_TABLE, schema, name);
    }

    /**
     * A column of a foreign table.
     *
     * @param type         the type, with {@code COLLATE} when not the type's default
     * @param defaultValue the default expression, or null
     */
    public record Column(String name, String type, boolean notNull, String defaultValue, Map<String, String> options) {
        public Column {
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }
}
