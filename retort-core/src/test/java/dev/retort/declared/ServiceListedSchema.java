package dev.retort.declared;

/** Found through META-INF/services by {@link DeclaredDefinitionsTest}. */
public final class ServiceListedSchema implements SchemaDefinition {
    @Override
    public void define(SchemaBuilder schema) {
        schema.add(new PgView("public", "from_service", "SELECT 1 AS one"));
    }
}
