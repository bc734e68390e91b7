package dev.retort.declared;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One piece of declared SQL and where it came from: a file (and the line its text starts on), or a Java class that
 * defined it (and the object, when it came from an entity object).
 *
 * @param file      the file the text was read from, or null
 * @param firstLine the line of {@code file} the text starts on (1 when the text is the whole file)
 * @param definedBy for text from Java: the class and object, e.g. {@code com.acme.Shop: view public.orders}; else null
 * @param lineDefiners for text from Java: what defined each line, where finer than {@code definedBy} (an entity's
 *                  field for a column of its table), else null; empty when there is nothing finer
 */
public record DeclaredSource(String sql, Path file, int firstLine, String definedBy, List<String> lineDefiners) {
    public DeclaredSource {
        Objects.requireNonNull(sql, "sql");
        if (file == null && definedBy == null) {
            throw new IllegalArgumentException("a declared source needs a file or a definer");
        }
        lineDefiners = Collections.unmodifiableList(new ArrayList<>(lineDefiners));
    }

    public DeclaredSource(String sql, Path file, int firstLine, String definedBy) {
        this(sql, file, firstLine, definedBy, List.of());
    }

    /** Text from Java whose lines were defined by different things (null where {@code definer} says it all). */
    public static DeclaredSource definedBy(String definer, String sql, List<String> lineDefiners) {
        return new DeclaredSource(sql, null, 1, definer, lineDefiners);
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
        if (line >= 1 && line <= lineDefiners.size() && lineDefiners.get(line - 1) != null) {
            return lineDefiners.get(line - 1);
        }
        return definedBy + (line > 1 ? " (line " + line + ")" : "");
    }
}
