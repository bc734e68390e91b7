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

    /**
     * {@code schema.name(argtypes)}, as ALTER, COMMENT and DROP want it; {@code name(*)} for an aggregate of no
     * arguments.
     */
    public String signature() {
        return Identifiers.qualify(schema, name) + "("
                + (kind == ObjectKind.AGGREGATE && argumentTypes.isEmpty() ? "*" : argumentTypes) + ")";
    }

    /**
     * The signature GRANT and REVOKE ... ON FUNCTION want: an aggregate of no arguments as {@code name()}, an
     * ordered-set aggregate's {@code ORDER BY} arguments as plain ones.
     */
    public String grantSignature() {
        return Identifiers.qualify(schema, name) + "(" + argumentTypes.replace(" ORDER BY ", ", ") + ")";
    }
}
