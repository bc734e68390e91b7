package dev.retort.declared;

import dev.retort.sql.SqlLexer.Token;
import dev.retort.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A session setting a declared file makes, as {@code pg_dump -s} writes them: {@code SET name = value},
 * {@code SET name TO DEFAULT}, {@code RESET name}, {@code RESET ALL}, {@code SET TIME ZONE ...},
 * {@code SET SCHEMA ...} and {@code SELECT pg_catalog.set_config('name', 'value', false)}. It holds for the rest of
 * the file it is in and is undone before the next file (see {@code devdb.Materializer}).
 *
 * @param name  the setting's name in lower case, or null for {@code RESET ALL}
 * @param value its value as {@code set_config} takes it, or null to go back to the value outside the file
 */
public record SessionSetting(String name, String value) {
    /** Settings that would change who runs the rest of the declaration or how its transaction behaves. */
    private static final Set<String> REFUSED = Set.of("role", "session", "transaction", "constraints");

    /**
     * The setting a statement makes, or null when it is no setting statement.
     *
     * @throws DeclarationException for settings a declared schema may not make ({@code SET ROLE},
     *                              {@code SET SESSION AUTHORIZATION}, {@code SET TRANSACTION}, {@code SET CONSTRAINTS},
     *                              a client encoding other than UTF-8)
     */
    public static SessionSetting of(DeclaredStatement statement) {
        List<Token> t = new ArrayList<>(SqlLexer.tokenize(statement.sql()));
        while (!t.isEmpty() && t.get(t.size() - 1).isSymbol(";")) {
            t.remove(t.size() - 1);
        }
        if (t.isEmpty()) {
            return null;
        }
        SessionSetting setting;
        if (t.get(0).is("SET")) {
            setting = set(statement, t.subList(1, t.size()));
        } else if (t.get(0).is("RESET") && t.size() == 2) {
            setting = t.get(1).is("ALL") ? new SessionSetting(null, null) : new SessionSetting(name(t.get(1)), null);
        } else if (t.get(0).is("SELECT")) {
            setting = setConfig(t.subList(1, t.size()));
        } else {
            return null;
        }
        if (setting != null && "client_encoding".equals(setting.name()) && setting.value() != null
                && !setting.value().replace("-", "").equalsIgnoreCase("UTF8")) {
            throw new DeclarationException(statement.location() + ": client_encoding " + setting.value()
                    + " is not supported: declared files are read as UTF-8");
        }
        return setting;
    }

    private static SessionSetting set(DeclaredStatement statement, List<Token> t) {
        if (!t.isEmpty() && (t.get(0).is("SESSION") || t.get(0).is("LOCAL"))) {
            if (t.size() > 1 && t.get(0).is("SESSION") && t.get(1).is("AUTHORIZATION")) {
                throw refused(statement, "SET SESSION AUTHORIZATION");
            }
            t = t.subList(1, t.size());
        }
        if (t.isEmpty()) {
            return null;
        }
        String first = t.get(0).text().toLowerCase(Locale.ROOT);
        if (t.get(0).type() == SqlLexer.Type.WORD && REFUSED.contains(first)) {
            throw refused(statement, "SET " + first.toUpperCase(Locale.ROOT));
        }
        if (t.size() >= 2 && t.get(0).is("TIME") && t.get(1).is("ZONE")) {
            return valued("timezone", t.subList(2, t.size()));
        }
        if (t.get(0).is("SCHEMA")) {
            return valued("search_path", t.subList(1, t.size()));
        }
        int i = 1;
        StringBuilder name = new StringBuilder(name(t.get(0)));
        while (i + 1 < t.size() && t.get(i).isSymbol(".")) { // a custom setting: myapp.tenant
            name.append('.').append(name(t.get(i + 1)));
            i += 2;
        }
        if (i < t.size() && (t.get(i).is("TO") || t.get(i).isSymbol("="))) {
            i++;
        }
        return valued(name.toString(), t.subList(i, t.size()));
    }

    private static SessionSetting valued(String name, List<Token> value) {
        if (value.size() == 1 && (value.get(0).is("DEFAULT") || value.get(0).is("LOCAL"))) {
            return new SessionSetting(name, null);
        }
        // A list (search_path = a, "B") is joined as set_config reads it; a quoted string is one item.
        StringBuilder sb = new StringBuilder();
        for (Token token : value) {
            if (token.isSymbol(",")) {
                sb.append(", ");
            } else {
                sb.append(token.type() == SqlLexer.Type.STRING ? unquote(token.text()) : token.text());
            }
        }
        return new SessionSetting(name, sb.toString());
    }

    /** {@code [pg_catalog.]set_config('name', 'value', false)}; null for any other SELECT. */
    private static SessionSetting setConfig(List<Token> t) {
        int i = 0;
        if (t.size() > 2 && t.get(0).is("pg_catalog") && t.get(1).isSymbol(".")) {
            i = 2;
        }
        if (t.size() != i + 8 || !t.get(i).is("set_config") || !t.get(i + 1).isSymbol("(")
                || t.get(i + 2).type() != SqlLexer.Type.STRING || !t.get(i + 3).isSymbol(",")
                || t.get(i + 4).type() != SqlLexer.Type.STRING || !t.get(i + 5).isSymbol(",")
                || !t.get(i + 7).isSymbol(")")) {
            return null;
        }
        return new SessionSetting(unquote(t.get(i + 2).text()).toLowerCase(Locale.ROOT), unquote(t.get(i + 4).text()));
    }

    private static String name(Token token) {
        return token.identifier();
    }

    private static String unquote(String literal) {
        String body = literal.startsWith("E'") || literal.startsWith("e'") ? literal.substring(1) : literal;
        return body.substring(1, body.length() - 1).replace("''", "'");
    }

    private static DeclarationException refused(DeclaredStatement statement, String what) {
        return new DeclarationException(statement.location() + ": " + what + " is not allowed in a declared schema "
                + "(it would change who runs, or how, the rest of the declaration)");
    }
}
