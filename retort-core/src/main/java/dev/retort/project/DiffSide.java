package dev.retort.project;

import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;

/** One side of a diff: a live database, or a declared schema that a dev database turns into a snapshot. */
public sealed interface DiffSide {
    /** A database read as it is. */
    record Live(Connector database) implements DiffSide {
        /** The database at {@code url}. */
        public Live(DatabaseUrl url) {
            this(Connector.of(url));
        }
    }

    /** @param description what it is, for messages, e.g. {@code schema/} */
    record Declared(DeclaredSchema schema, String description) implements DiffSide {
    }
}
