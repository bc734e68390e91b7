package dev.retort.catalog;

/**
 * A function, procedure or aggregate. Identity is schema, name and argument types ({@code argumentTypes}, e.g.
 * {@code integer, text}); {@code arguments} is the full list with names, modes and defaults; {@code definition} is
 * {@code pg_get_functiondef}'s complete CREATE statement (null for aggregates, which carry {@code aggregate}).
 */
public record Routine(ObjectKind kind, String schema, String name, String argumentTypes, String arguments,
                      String result, String definition, AggregateSpec aggregate, String owner,
                      Privileges privileges, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.routine(kind, schema, name, argumentTypes);
    }

    /** {@code schema.name(argtypes)}, as GRANT, COMMENT and DROP want it. */
    public String signature() {
        return Identifiers.qualify(schema, name) + "(" + argumentTypes + ")";
    }
}
