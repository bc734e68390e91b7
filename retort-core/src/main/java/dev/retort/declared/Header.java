package dev.retort.declared;

import dev.retort.catalog.Identifiers;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlSourceException;
import dev.retort.sql.StatementSplitter;
import java.util.List;

/**
 * Reads the header of one DDL statement token by token for the entity classes' {@code fromSql}: keywords,
 * possibly qualified names, balanced parentheses, and the verbatim text of whatever follows. Errors say what was
 * expected and what was found, in which entity.
 */
final class Header {
    private final String what;
    private final String sql;
    private final List<SqlLexer.Token> tokens;
    private int next;

    /** A possibly schema-qualified name; {@code schema} is null when the SQL did not qualify it. */
    record Name(String schema, String name) {
        String sql() {
            return sql(schema, name);
        }

        static String sql(String schema, String name) {
            return schema == null ? Identifiers.quote(name) : Identifiers.qualify(schema, name);
        }
    }

    /** The rename hint comment a statement is preceded by ({@link RenameHints}), or nothing. */
    static String renamedFrom(String old) {
        return old == null ? "" : "-- retort:renamed-from " + dev.retort.catalog.Identifiers.quote(old) + "\n";
    }

    /**
     * The statement with its terminating semicolon: on a line of its own when the text ends in a line comment,
     * which would otherwise swallow it.
     */
    static String terminate(String sql) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(sql);
        int lastEnd = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return sql + (sql.substring(lastEnd).contains("--") ? "\n;" : ";");
    }

    private Header(String what, String sql, List<SqlLexer.Token> tokens) {
        this.what = what;
        this.sql = sql;
        this.tokens = tokens;
    }

    /** Starts reading {@code sql}, which must be one statement (a trailing semicolon is allowed). */
    static Header of(String what, String sql) {
        if (sql == null || sql.isBlank()) {
            throw new DeclarationException("cannot read " + what + ": the SQL is empty");
        }
        int count;
        try {
            count = StatementSplitter.split(null, sql, 1).size();
        } catch (SqlSourceException e) {
            throw new DeclarationException("cannot read " + what + ": " + "line " + e.line() + ": " + e.problem());
        }
        if (count != 1) {
            throw new DeclarationException("cannot read " + what + ": expected one statement, found " + count);
        }
        String text = sql.stripTrailing(); // leading lines stay, so error lines match the file's
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(text);
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isSymbol(";")) {
            text = text.substring(0, tokens.get(tokens.size() - 1).start()).stripTrailing();
            tokens = tokens.subList(0, tokens.size() - 1);
        }
        return new Header(what, text, tokens);
    }

    boolean atEnd() {
        return next >= tokens.size();
    }

    SqlLexer.Token peek() {
        return atEnd() ? null : tokens.get(next);
    }

    /** Consumes the keywords if they come next, in order; otherwise consumes nothing. */
    boolean accept(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (next + i >= tokens.size() || !tokens.get(next + i).is(keywords[i])) {
                return false;
            }
        }
        next += keywords.length;
        return true;
    }

    void skip() {
        next++;
    }

    void expect(String... keywords) {
        if (!accept(keywords)) {
            throw error("expected " + String.join(" ", keywords));
        }
    }

    /** An identifier (quoted or not), as PostgreSQL resolves it. */
    String identifier() {
        SqlLexer.Token t = peek();
        if (t == null || !t.isName()) {
            throw error("expected a name");
        }
        next++;
        return t.identifier();
    }

    Name name() {
        String first = identifier();
        SqlLexer.Token dot = peek();
        if (dot != null && dot.isSymbol(".")) {
            next++;
            return new Name(first, identifier());
        }
        return new Name(null, first);
    }

    /** The text inside the parentheses that come next, verbatim, after which the cursor stands. */
    String parenthesized() {
        SqlLexer.Token open = peek();
        if (open == null || !open.isSymbol("(")) {
            throw error("expected (");
        }
        int depth = 0;
        for (int i = next; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                next = i + 1;
                return sql.substring(open.end(), t.start()).strip();
            }
        }
        throw error("unbalanced parentheses");
    }

    /** Everything from the next token to the end, verbatim; the cursor moves to the end. */
    String rest() {
        if (atEnd()) {
            throw error("expected more");
        }
        String text = sql.substring(tokens.get(next).start());
        next = tokens.size();
        return text;
    }

    /** The verbatim text from the next token up to (not including) the token at {@code index}. */
    String upTo(int index) {
        String text = sql.substring(tokens.get(next).start(), index < tokens.size() ? tokens.get(index).start()
                : sql.length()).strip();
        next = index;
        return text;
    }

    /** Index of the first top-level (outside parentheses) token from the cursor that is {@code keyword}, or -1. */
    int find(String keyword) {
        int depth = 0;
        for (int i = next; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.is(keyword)) {
                return i;
            }
        }
        return -1;
    }

    List<SqlLexer.Token> tokens() {
        return tokens;
    }

    int position() {
        return next;
    }

    void end() {
        if (!atEnd()) {
            throw error("unexpected text");
        }
    }

    DeclarationException error(String problem) {
        SqlLexer.Token t = peek();
        String found = t == null ? "the end of the statement" : "'" + t.text() + "' at line " + lineOf(t.start());
        return new DeclarationException("cannot read " + what + ": " + problem + ", found " + found);
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
