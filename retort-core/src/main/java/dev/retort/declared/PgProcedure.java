package dev.retort.declared;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A procedure: {@code new PgProcedure("public", "archive", "before date", "LANGUAGE sql AS $$ ... $$")}.
 *
 * @param arguments  the argument list as written between the parentheses (may be empty)
 * @param definition everything after the closing parenthesis: options and body
 * @param renamedFrom the name it had before, or null (see {@link #withRenamedFrom})
 */
public record PgProcedure(String schema, String name, String arguments, String definition, String renamedFrom)
        implements DeclaredEntity {
    public PgProcedure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(definition, "definition");
    }

    /** Without a rename hint. */
    public PgProcedure(String schema, String name, String arguments, String definition) {
        this(schema, name, arguments, definition, null);
    }

    /**
     * The same object, declared as renamed: it was called {@code old} (same schema), and the planner
     * renames it rather than dropping and creating it (see docs/diff.md).
     */
    public PgProcedure withRenamedFrom(String old) {
        return new PgProcedure(schema, name, arguments, definition, old);
    }

    /** Reads {@code CREATE [OR REPLACE] PROCEDURE name(arguments) definition}. */
    public static PgProcedure fromSql(String sql) {
        PgFunction.Routine r = PgFunction.Routine.read("PROCEDURE", "a procedure", sql);
        return new PgProcedure(r.name().schema(), r.name().name(), r.arguments(), r.definition());
    }

    public static PgProcedure fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgProcedure::fromSql);
    }

    @Override
    public String toSql() {
        return Header.renamedFrom(renamedFrom) + Header.terminate("CREATE PROCEDURE " + Header.Name.sql(schema, name) + "(" + arguments + ")\n" + definition);
    }

    @Override
    public String label() {
        return "procedure " + Header.Name.sql(schema, name) + "(" + arguments + ")";
    }
}
