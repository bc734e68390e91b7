package dev.retort.declared;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One piece of declared SQL and where it came from: a file (and the line its text starts on), or a Java class that
 * defined it (and the object, when it came from an entity object).
 *
 * @param file      the file the text was read from, or null
 * @param firstLine the line of {@code file} the text starts on (1 when the text is the whole file)
 * @param definedBy for text from Java: the class and object, e.g. {@code com.acme.Shop: view public.orders}; else null
 */
public record DeclaredSource(String sql, Path file, int firstLine, String definedBy) {
    public DeclaredSource {
        Objects.requireNonNull(sql, "sql");
        if (file == null && definedBy == null) {
            throw new IllegalArgumentException("a declared source needs a file or a definer");
        }
    }

    public static DeclaredSource file(Path file, String sql) {
        return new DeclaredSource(sql, file, 1, null);
    }

    public static DeclaredSource definedBy(String definer, String sql) {
        return new DeclaredSource(sql, null, 1, definer);
    }

    /** Where line {@code line} of this source is, for messages: {@code views/broken.sql:4} or the definer. */
    public String location(int line) {
        if (file != null) {
            return file + ":" + line;
        }
        return definedBy + (line > 1 ? " (line " + line + ")" : "");
    }
}
