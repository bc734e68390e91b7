package dev.retort;

import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;

/** One side of a diff: a live database, or a declared schema that a dev database turns into a snapshot. */
public sealed interface SchemaSource {
    record Live(DatabaseUrl url) implements SchemaSource {
    }

    /** @param description what it is, for messages, e.g. {@code schema/} */
    record Declared(DeclaredSchema schema, String description) implements SchemaSource {
    }
}
