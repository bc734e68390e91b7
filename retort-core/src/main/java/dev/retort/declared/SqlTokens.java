package dev.retort.declared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lexer just good enough to read the header of a DDL statement (keywords, names, parentheses) and find where its
 * body starts: it knows strings, quoted identifiers, dollar quotes and comments so that none of them is mistaken
 * for syntax. Bodies are left to PostgreSQL.
 */
final class SqlTokens {
    enum Type { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** A token and its {@code [start, end)} span in the text. */
    record Token(Type type, String text, int start, int end) {
        boolean is(String keyword) {
            return type == Type.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(String symbol) {
            return type == Type.SYMBOL && text.equals(symbol);
        }

        boolean isName() {
            return type == Type.WORD || type == Type.QUOTED;
        }

        /** The identifier as PostgreSQL sees it: unquoted names fold to lower case, quoted ones keep theirs. */
        String identifier() {
            return type == Type.QUOTED ? text.substring(1, text.length() - 1).replace("\"\"", "\"")
                    : text.toLowerCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '-' && next == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && next == '*') {
                i = skipBlockComment(sql, i);
                continue;
            }
            Type type;
            if (c == '"') {
                i = closeQuote(sql, i, '"', false);
                type = Type.QUOTED;
            } else if (c == '\'') {
                i = closeQuote(sql, i, '\'', false);
                type = Type.STRING;
            } else if ((c == 'e' || c == 'E') && next == '\'') {
                i = closeQuote(sql, i + 1, '\'', true);
                type = Type.STRING;
            } else if (c == '$' && (next == '$' || Character.isLetter(next) || next == '_')) {
                int tagEnd = i + 1;
                while (tagEnd < n && (Character.isLetterOrDigit(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
                    tagEnd++;
                }
                if (tagEnd < n && sql.charAt(tagEnd) == '$') {
                    String tag = sql.substring(i, tagEnd + 1);
                    int close = sql.indexOf(tag, tagEnd + 1);
                    if (close < 0) {
                        throw new IllegalArgumentException("unterminated dollar-quoted string " + tag);
                    }
                    i = close + tag.length();
                    type = Type.STRING;
                } else {
                    i++;
                    type = Type.SYMBOL;
                }
            } else if (Character.isLetter(c) || c == '_' || c >= 0x80) {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) >= 0x80)) {
                    i++;
                }
                type = Type.WORD;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                type = Type.NUMBER;
            } else {
                i++;
                type = Type.SYMBOL;
            }
            tokens.add(new Token(type, sql.substring(start, i), start, i));
        }
        return tokens;
    }

    private static int closeQuote(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            i++;
            if (c == quote) {
                if (i < sql.length() && sql.charAt(i) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unterminated " + (quote == '"' ? "quoted identifier" : "string literal"));
    }

    private static int skipBlockComment(String sql, int i) {
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated block comment");
    }
}
