package dev.retort.catalog;

/** An index not owned by a constraint, on a table, partitioned table or materialized view. */
public record Index(String schema, String table, String name, String definition, boolean replicaIdentity,
                    boolean clustered, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.tablePart(ObjectKind.INDEX, schema, table, name);
    }
}
