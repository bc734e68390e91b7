package dev.retort.declared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A schema object declared as a Java value (view, function, trigger, ...): immutable, built from fields or read from
 * SQL, rendered back to the SQL that creates it. PostgreSQL validates the body when the dev database runs it.
 */
public interface DeclaredEntity {
    /** The statement(s) creating the object, ending with semicolons. */
    String toSql();

    /** The object for messages, e.g. {@code view public.order_line_items}. */
    String label();

    /** Reads an entity from a file holding its one statement; errors name the file. */
    static <T extends DeclaredEntity> T readFile(Path file, Function<String, T> fromSql) {
        String sql;
        try {
            sql = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DeclarationException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return fromSql.apply(sql);
        } catch (DeclarationException e) {
            throw new DeclarationException(file + ": " + e.getMessage(), e);
        }
    }
}
