package dev.retort.declared;

import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlSourceException;
import java.util.ArrayList;
import java.util.List;

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
     * A hint as a setting writes it: {@code new.name=old} (the {@code [renames]} table of {@code retort.toml}).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static RenameHint ofSetting(String item, String origin) {
        int eq = item.lastIndexOf('=');
        if (eq <= 0 || item.substring(eq + 1).isBlank()) {
            throw new IllegalArgumentException("expected new.name=old");
        }
        return new RenameHint(parsePath(item.substring(0, eq)), item.substring(eq + 1).strip(), origin);
    }

    /**
     * Parses a dotted name as SQL and {@code retort.toml}'s {@code [renames]} keys write it: parts separated by dots,
     * unquoted parts folded to lower case, {@code "Quoted"} ones kept.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static List<String> parsePath(String text) {
        List<SqlLexer.Token> tokens;
        try {
            tokens = SqlLexer.tokenize(text);
        } catch (SqlSourceException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i += 2) {
            SqlLexer.Token name = i < tokens.size() ? tokens.get(i) : null;
            if (name == null || !name.isName() || name.identifier().isEmpty()) {
                throw new IllegalArgumentException("'" + text + "': an empty name part");
            }
            parts.add(name.identifier());
            if (i + 1 == tokens.size()) {
                break;
            }
            if (!tokens.get(i + 1).isSymbol(".")) {
                throw new IllegalArgumentException("'" + text + "': '" + tokens.get(i + 1).text()
                        + "' where a dot or the end was expected (quote a name that is not a plain identifier)");
            }
        }
        if (parts.size() > 3) {
            throw new IllegalArgumentException("'" + text + "': at most schema.table.part");
        }
        return parts;
    }
}
