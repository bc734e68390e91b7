package dev.retort.declared;

/** Named on the command line by {@link DeclaredDefinitionsTest}. */
public final class NamedSchema implements SchemaDefinition {
    @Override
    public void define(SchemaBuilder schema) {
        schema.sql("CREATE TABLE named (id int PRIMARY KEY)");
        schema.add(new PgView("public", "named_view", "SELECT id FROM named"));
    }
}
