package dev.retort.catalog;

import java.util.List;

/**
 * A table or partitioned table. Constraints, indexes, defaults, triggers and policies are objects of their own.
 *
 * @param partitionKey   {@code RANGE (col)} etc. for a partitioned table, else null
 * @param partitionBound {@code FOR VALUES ...} for a partition, else null
 * @param parents        qualified names of the parent tables (the partitioned table for a partition)
 * @param options        storage parameters, {@code name=value}
 * @param replicaIdentity what updates and deletes log of the old row
 * @param accessMethod   a table access method other than heap, else null
 * @param ofType         the composite type of a typed table ({@code CREATE TABLE ... OF type}), qualified, else null
 */
public record Table(String schema, String name, boolean unlogged, String partitionKey, String partitionBound,
                    List<String> parents, List<String> options, boolean rlsEnabled, boolean rlsForced,
                    ReplicaIdentity replicaIdentity, String accessMethod, List<Column> columns, String owner,
                    Privileges privileges, String comment, String ofType) implements CatalogObject {
    public Table(String schema, String name, boolean unlogged, String partitionKey, String partitionBound,
                 List<String> parents, List<String> options, boolean rlsEnabled, boolean rlsForced,
                 ReplicaIdentity replicaIdentity, String accessMethod, List<Column> columns, String owner,
                 Privileges privileges, String comment) {
        this(schema, name, unlogged, partitionKey, partitionBound, parents, options, rlsEnabled, rlsForced,
                replicaIdentity, accessMethod, columns, owner, privileges, comment, null);
    }

    public Table {
        parents = List.copyOf(parents);
        options = List.copyOf(options);
        columns = List.copyOf(columns);
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.TABLE, schema, name);
    }

    public boolean isPartition() {
        return partitionBound != null;
    }
}
