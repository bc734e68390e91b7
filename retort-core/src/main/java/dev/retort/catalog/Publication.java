package dev.retort.catalog;

import java.util.List;

/**
 * A logical-replication publication: database-wide, no schema.
 *
 * @param allTables       {@code FOR ALL TABLES}
 * @param tables          the tables published one by one, by qualified name
 * @param schemas         the schemas published whole ({@code FOR TABLES IN SCHEMA}, PostgreSQL 15+), quoted
 * @param publish         the operations published, in {@code publish} option order (insert, update, delete, truncate)
 * @param generatedColumns {@code publish_generated_columns} (PostgreSQL 18+: {@code none} or {@code stored}), else null
 */
public record Publication(String name, boolean allTables, List<PublishedTable> tables, List<String> schemas,
                          List<String> publish, boolean viaPartitionRoot, String generatedColumns, String owner,
                          String comment) implements CatalogObject {
    public Publication {
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
        publish = List.copyOf(publish);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.PUBLICATION, null, name);
    }

    /**
     * One published table.
     *
     * @param table     qualified, quoted
     * @param columns   the column list (PostgreSQL 15+), quoted, in table order; empty for every column
     * @param rowFilter the {@code WHERE} expression (PostgreSQL 15+), or null
     */
    public record PublishedTable(String table, List<String> columns, String rowFilter) {
        public PublishedTable {
            columns = List.copyOf(columns);
        }
    }
}
