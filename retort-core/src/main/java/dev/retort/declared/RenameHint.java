package dev.retort.declared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a declaration says was renamed: the object at {@code path} (its new name, as declared) was called
 * {@code from}. The path is the object's name with what it lives in: {@code [schema]}, {@code [schema, name]} (a
 * table, view, type, function, sequence, index), {@code [schema, table, part]} (a column, constraint, trigger or
 * policy of a table, or a value of an enum). The kind is not said: it is the declared object's.
 *
 * @param path   the new name, outermost first; a null schema means "the one schema where it is declared"
 * @param from   the old name of the last part (an object keeps its schema or table when renamed)
 * @param origin where the hint was written ({@code schema/orders.sql:3}, {@code retort.toml [renames]}), for
 *               messages
 */
public record RenameHint(List<String> path, String from, String origin) {
    public RenameHint {
        path = java.util.Collections.unmodifiableList(new ArrayList<>(path));
        if (path.isEmpty() || path.size() > 3 || from == null || from.isEmpty()) {
            throw new IllegalArgumentException("a rename hint names one to three parts and an old name");
        }
    }

    /** The new name as written in messages: {@code public.orders.client}. */
    public String name() {
        List<String> parts = new ArrayList<>();
        for (String p : path) {
            parts.add(p == null ? "?" : dev.retort.catalog.Identifiers.quote(p));
        }
        return String.join(".", parts);
    }

    /**
     * Parses a dotted name as {@code retort.toml}'s {@code [renames]} keys write it: parts separated by dots,
     * unquoted parts folded to lower case, {@code "Quoted"} ones kept.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static List<String> parsePath(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    part.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == '.') {
                parts.add(finish(part, wasQuoted, text));
                part.setLength(0);
                wasQuoted = false;
            } else {
                part.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("'" + text + "': unterminated quote");
        }
        parts.add(finish(part, wasQuoted, text));
        if (parts.size() > 3) {
            throw new IllegalArgumentException("'" + text + "': at most schema.table.part");
        }
        return parts;
    }

    private static String finish(StringBuilder part, boolean quoted, String text) {
        String p = quoted ? part.toString() : part.toString().strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "': an empty name part");
        }
        return p;
    }
}
