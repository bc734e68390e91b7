package dev.retort.declared;

import dev.retort.catalog.Identifiers;
import dev.retort.sql.SqlLexer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the object a DDL statement declares, from its first tokens, for error messages: {@code view public.orders},
 * {@code function public.f}, {@code trigger touch on "Orders"}. Best effort; null when the header is unusual.
 */
final class StatementLabel {
    private static final Set<String> MODIFIERS = Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "UNIQUE",
            "RECURSIVE", "GLOBAL", "LOCAL", "TRUSTED", "PROCEDURAL", "DEFAULT", "CONSTRAINT");
    private static final List<String> TWO_WORD_KINDS = List.of("MATERIALIZED VIEW", "EVENT TRIGGER", "FOREIGN TABLE");

    private StatementLabel() {
    }

    static String of(String sql) {
        try {
            List<SqlLexer.Token> t = SqlLexer.tokenize(sql);
            if (t.isEmpty() || !(t.get(0).is("CREATE") || t.get(0).is("ALTER") || t.get(0).is("COMMENT"))) {
                return null;
            }
            if (t.get(0).is("COMMENT")) {
                return t.size() > 3 ? "comment on " + t.get(2).text().toLowerCase(Locale.ROOT) + " " + name(t, 3) : null;
            }
            int i = 1;
            while (i < t.size() && t.get(i).type() == SqlLexer.Type.WORD
                    && MODIFIERS.contains(t.get(i).text().toUpperCase(Locale.ROOT))) {
                i++;
            }
            if (i >= t.size()) {
                return null;
            }
            String kind = t.get(i).text().toLowerCase(Locale.ROOT);
            if (i + 1 < t.size()) {
                String two = (t.get(i).text() + " " + t.get(i + 1).text()).toUpperCase(Locale.ROOT);
                if (TWO_WORD_KINDS.contains(two)) {
                    kind = two.toLowerCase(Locale.ROOT);
                    i++;
                }
            }
            i++;
            if (i < t.size() && t.get(i).is("IF")) {
                i += t.get(i + 1).is("NOT") ? 3 : 2;
            }
            if (i < t.size() && t.get(i).is("CONCURRENTLY")) {
                i++;
            }
            String name = name(t, i);
            if (name == null) {
                return null;
            }
            String label = kind + " " + name;
            if (kind.equals("trigger") || kind.equals("policy") || kind.equals("index") || kind.equals("rule")) {
                for (int j = i + 1; j < t.size() - 1; j++) {
                    if (t.get(j).is("ON")) {
                        String table = name(t, j + 1);
                        return table == null ? label : label + " on " + table;
                    }
                }
            }
            return label;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A possibly qualified name starting at token {@code i}, quoted the way PostgreSQL would print it. */
    private static String name(List<SqlLexer.Token> t, int i) {
        if (i >= t.size() || !t.get(i).isName()) {
            return null;
        }
        String first = t.get(i).identifier();
        if (i + 2 < t.size() && t.get(i + 1).isSymbol(".") && t.get(i + 2).isName()) {
            return Identifiers.qualify(first, t.get(i + 2).identifier());
        }
        return Identifiers.quote(first);
    }
}
