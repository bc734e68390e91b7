package dev.retort.catalog;

/**
 * ALTER DEFAULT PRIVILEGES for objects a role creates, in one schema or (schema null) everywhere.
 *
 * @param objectType {@code r} tables, {@code S} sequences, {@code f} functions, {@code T} types, {@code n} schemas
 */
public record DefaultPrivileges(String role, String schema, String objectType, Privileges privileges)
        implements CatalogObject {
    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.DEFAULT_PRIVILEGES, schema, role, null, objectType);
    }

    @Override
    public String comment() {
        return null;
    }
}
