package dev.retort.declared;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A function: {@code new PgFunction("public", "to_upper", "some_text text", "RETURNS text LANGUAGE sql AS $$ ... $$")}.
 * Overloads are distinct objects with the same name and different {@code arguments}.
 *
 * @param arguments  the argument list as written between the parentheses (may be empty)
 * @param definition everything after the closing parenthesis: {@code RETURNS ...}, options and body
 * @param renamedFrom the name it had before, or null (see {@link #withRenamedFrom})
 */
public record PgFunction(String schema, String name, String arguments, String definition, String renamedFrom)
        implements DeclaredEntity {
    public PgFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(definition, "definition");
    }

    /** Without a rename hint. */
    public PgFunction(String schema, String name, String arguments, String definition) {
        this(schema, name, arguments, definition, null);
    }

    /**
     * The same object, declared as renamed: it was called {@code old} (same schema), and the planner
     * renames it rather than dropping and creating it (see docs/diff.md).
     */
    public PgFunction withRenamedFrom(String old) {
        return new PgFunction(schema, name, arguments, definition, old);
    }

    /** Reads {@code CREATE [OR REPLACE] FUNCTION name(arguments) definition}. */
    public static PgFunction fromSql(String sql) {
        Routine r = Routine.read("FUNCTION", "a function", sql);
        return new PgFunction(r.name().schema(), r.name().name(), r.arguments(), r.definition());
    }

    public static PgFunction fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgFunction::fromSql);
    }

    @Override
    public String toSql() {
        return Header.renamedFrom(renamedFrom) + Header.terminate("CREATE FUNCTION " + Header.Name.sql(schema, name) + "(" + arguments + ")\n" + definition);
    }

    @Override
    public String label() {
        return "function " + Header.Name.sql(schema, name) + "(" + arguments + ")";
    }

    /** The parts of a CREATE FUNCTION or CREATE PROCEDURE statement. */
    record Routine(Header.Name name, String arguments, String definition) {
        static Routine read(String keyword, String what, String sql) {
            Header h = Header.of(what, sql);
            h.expect("CREATE");
            h.accept("OR", "REPLACE");
            h.expect(keyword);
            Header.Name name = h.name();
            String arguments = h.parenthesized();
            return new Routine(name, arguments, h.rest());
        }
    }
}
