package dev.retort.catalog;

/**
 * A user-defined table or index access method: database-wide, no owner.
 *
 * @param handler the handler function's signature ({@code regprocedure})
 */
public record AccessMethod(String name, Type type, String handler, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.ACCESS_METHOD, null, name);
    }

    /** {@code pg_am.amtype}. */
    public enum Type {
        TABLE, INDEX
    }
}
