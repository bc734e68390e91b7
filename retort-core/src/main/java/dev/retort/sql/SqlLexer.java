package dev.retort.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one SQL lexer: words, quoted identifiers, strings (standard, {@code E'..'} with backslash escapes, dollar
 * quotes {@code $$..$$} and {@code $tag$..$tag$}), numbers and symbols, each with its span and line; line comments
 * and nested block comments are skipped. Just enough that none of these is mistaken for syntax: the statement
 * splitter, the header parser and the labeller read its tokens, bodies are left to PostgreSQL. Assumes
 * {@code standard_conforming_strings = on}, PostgreSQL's default since 9.1.
 */
public final class SqlLexer {
    public enum Type { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** A token, its {@code [start, end)} span in the text and the line it starts on. */
    public record Token(Type type, String text, int start, int end, int line) {
        public boolean is(String keyword) {
            return type == Type.WORD && text.equalsIgnoreCase(keyword);
        }

        public boolean isSymbol(String symbol) {
            return type == Type.SYMBOL && text.equals(symbol);
        }

        public boolean isName() {
            return type == Type.WORD || type == Type.QUOTED;
        }

        /** The identifier as PostgreSQL sees it: unquoted names fold to lower case, quoted ones keep theirs. */
        public String identifier() {
            return type == Type.QUOTED ? text.substring(1, text.length() - 1).replace("\"\"", "\"")
                    : text.toLowerCase(Locale.ROOT);
        }
    }

    private final Path file;
    private final String text;
    private int pos;
    private int line;

    private SqlLexer(Path file, String text, int firstLine) {
        this.file = file;
        this.text = text;
        this.line = firstLine;
    }

    /** The tokens of {@code sql}, its first line being line 1. */
    public static List<Token> tokenize(String sql) {
        return tokenize(null, sql, 1);
    }

    /**
     * The tokens of {@code text}, whose first line is line {@code firstLine} of {@code file} (null for text of no file).
     *
     * @throws SqlSourceException for an unterminated string, quoted identifier, dollar quote or block comment
     */
    public static List<Token> tokenize(Path file, String text, int firstLine) {
        return new SqlLexer(file, text, firstLine).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            char next = pos + 1 < n ? text.charAt(pos + 1) : '\0';
            if (c == '\n') {
                line++;
                pos++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (c == '-' && next == '-') {
                while (pos < n && text.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '/' && next == '*') {
                blockComment();
                continue;
            }
            int start = pos;
            int startLine = line;
            Type type;
            if (c == '\'') {
                quoted('\'', false, "string literal");
                type = Type.STRING;
            } else if (c == '"') {
                quoted('"', false, "quoted identifier");
                type = Type.QUOTED;
            } else if ((c == 'e' || c == 'E') && next == '\'') {
                pos++;
                quoted('\'', true, "string literal");
                type = Type.STRING;
            } else if (c == '$' && (next == '$' || isTagStart(next))) {
                type = dollarQuoted() ? Type.STRING : Type.SYMBOL;
            } else if (isIdentifierStart(c)) {
                while (pos < n && isIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
                type = Type.WORD;
            } else if (Character.isDigit(c)) {
                while (pos < n && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                type = Type.NUMBER;
            } else {
                pos++;
                type = Type.SYMBOL;
            }
            tokens.add(new Token(type, text.substring(start, pos), start, pos, startLine));
        }
        return tokens;
    }

    private void quoted(char quote, boolean backslashEscapes, String what) {
        int openLine = line;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (backslashEscapes && c == '\\' && pos + 1 < text.length()) {
                if (text.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            pos++;
            if (c == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    pos++; // doubled quote: an escaped quote character
                } else {
                    return;
                }
            }
        }
        throw new SqlSourceException(file, openLine, "unterminated " + what + " (the " + quote
                + " opened here is never closed)");
    }

    /** A dollar-quoted string, or false (having read only the {@code $}) for {@code $1} or {@code $name}. */
    private boolean dollarQuoted() {
        int tagEnd = pos + 1;
        while (tagEnd < text.length() && text.charAt(tagEnd) != '$' && isTagPart(text.charAt(tagEnd))) {
            tagEnd++;
        }
        if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
            pos++;
            return false;
        }
        String tag = text.substring(pos, tagEnd + 1);
        int close = text.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            throw new SqlSourceException(file, line, "unterminated dollar-quoted string (" + tag
                    + " opened here is never closed)");
        }
        for (int i = pos; i < close; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = close + tag.length();
        return true;
    }

    private void blockComment() {
        int openLine = line;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
            if (c == '/' && next == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && next == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
        throw new SqlSourceException(file, openLine, "unterminated block comment (the /* opened here is never closed)");
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c) || c == '$';
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isTagPart(char c) {
        return isTagStart(c) || Character.isDigit(c);
    }
}
