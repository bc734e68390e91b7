package dev.retort.revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at top-level semicolons, the way psql does: semicolons inside string literals
 * ({@code '..'}, {@code E'..'} with backslash escapes), quoted identifiers, dollar quotes ({@code $$..$$},
 * {@code $tag$..$tag$}), line comments and nested block comments do not end a statement, nor do those inside a
 * {@code BEGIN ATOMIC ... END} body of {@code CREATE FUNCTION/PROCEDURE}. Each statement keeps the line it starts on
 * (its first token, comments before it skipped), so errors can say file:line. Assumes
 * {@code standard_conforming_strings = on}, PostgreSQL's default since 9.1.
 */
public final class StatementSplitter {
    private final Path file;
    private final String text;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int pos;
    private int line;

    private int start = -1;
    private int startLine;
    private int end;
    private final List<String> leadingWords = new ArrayList<>();
    private int atomicDepth;
    private int atomicLine;

    private StatementSplitter(Path file, String text, int firstLine) {
        this.file = file;
        this.text = text;
        this.line = firstLine;
    }

    /**
     * The statements of {@code text}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @throws ScriptFormatException for an unterminated string, quoted identifier, dollar quote or block comment
     */
    public static List<SqlStatement> split(Path file, String text, int firstLine) {
        StatementSplitter splitter = new StatementSplitter(file, text, firstLine);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && next == '-') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && next == '*') {
                blockComment();
            } else if (c == ';' && atomicDepth == 0) {
                finishStatement();
                pos++;
            } else {
                token(c, next);
            }
        }
        if (atomicDepth > 0) {
            throw new ScriptFormatException(file, atomicLine, "unterminated BEGIN ATOMIC body (the BEGIN on this line "
                    + "has no matching END before the end of the file)");
        }
        finishStatement();
    }

    private void token(char c, char next) {
        if (start < 0) {
            start = pos;
            startLine = line;
        }
        if (c == '\'') {
            quoted('\'', false, "string literal");
        } else if (c == '"') {
            quoted('"', false, "quoted identifier");
        } else if (c == '$' && (next == '$' || isTagStart(next))) {
            dollarQuoted();
        } else if (isIdentifierStart(c)) {
            int wordStart = pos;
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(wordStart, pos);
            if (word.equalsIgnoreCase("e") && pos < text.length() && text.charAt(pos) == '\'') {
                quoted('\'', true, "string literal");
            } else {
                trackRoutineBody(word.toUpperCase(Locale.ROOT));
            }
        } else {
            pos++;
        }
        end = pos;
    }

    /** Follows BEGIN ATOMIC ... END (with CASE ... END inside) in CREATE [OR REPLACE] FUNCTION/PROCEDURE, as psql does. */
    private void trackRoutineBody(String word) {
        if (leadingWords.size() < 4) {
            leadingWords.add(word);
        }
        if (!isRoutineDefinition()) {
            return;
        }
        if (word.equals("BEGIN")) {
            if (atomicDepth == 0) {
                atomicLine = line;
            }
            atomicDepth++;
        } else if (word.equals("CASE") && atomicDepth > 0) {
            atomicDepth++;
        } else if (word.equals("END") && atomicDepth > 0) {
            atomicDepth--;
        }
    }

    private boolean isRoutineDefinition() {
        List<String> w = leadingWords;
        if (w.size() < 2 || !w.get(0).equals("CREATE")) {
            return false;
        }
        if (w.get(1).equals("FUNCTION") || w.get(1).equals("PROCEDURE")) {
            return true;
        }
        return w.size() >= 4 && w.get(1).equals("OR") && w.get(2).equals("REPLACE")
                && (w.get(3).equals("FUNCTION") || w.get(3).equals("PROCEDURE"));
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
        throw new ScriptFormatException(file, openLine, "unterminated " + what + " (the " + quote
                + " opened here is never closed)");
    }

    private void dollarQuoted() {
        int tagEnd = pos + 1;
        while (tagEnd < text.length() && text.charAt(tagEnd) != '$' && isTagPart(text.charAt(tagEnd))) {
            tagEnd++;
        }
        if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
            pos++; // "$1" or "$name" without a closing $: not a dollar quote
            return;
        }
        String tag = text.substring(pos, tagEnd + 1);
        int close = text.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            throw new ScriptFormatException(file, line, "unterminated dollar-quoted string (" + tag
                    + " opened here is never closed)");
        }
        line += countNewlines(pos, close);
        pos = close + tag.length();
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
        throw new ScriptFormatException(file, openLine, "unterminated block comment (the /* opened here is never closed)");
    }

    private void finishStatement() {
        if (start >= 0) {
            statements.add(new SqlStatement(text.substring(start, end), startLine));
        }
        start = -1;
        leadingWords.clear();
        atomicDepth = 0;
    }

    private int countNewlines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
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
