package dev.retort.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at top-level semicolons, the way psql does: semicolons inside strings, quoted
 * identifiers, dollar quotes and comments (all {@link SqlLexer}'s) do not end a statement, nor do those inside a
 * {@code BEGIN ATOMIC ... END} body of {@code CREATE FUNCTION/PROCEDURE}. Each statement keeps the line it starts on
 * (its first token, comments before it skipped), so errors can say file:line.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    /**
     * The statements of {@code text}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @throws SqlSourceException for an unterminated string, quoted identifier, dollar quote, block comment or
     *                            BEGIN ATOMIC body
     */
    public static List<SqlStatement> split(Path file, String text, int firstLine) {
        List<SqlStatement> statements = new ArrayList<>();
        List<SqlLexer.Token> current = new ArrayList<>();
        List<String> leadingWords = new ArrayList<>();
        int atomicDepth = 0;
        int atomicLine = 0;
        for (SqlLexer.Token t : SqlLexer.tokenize(file, text, firstLine)) {
            if (t.isSymbol(";") && atomicDepth == 0) {
                add(statements, text, current);
                leadingWords.clear();
                continue;
            }
            current.add(t);
            if (t.type() != SqlLexer.Type.WORD) {
                continue;
            }
            // BEGIN ATOMIC ... END (with CASE ... END inside) in CREATE [OR REPLACE] FUNCTION/PROCEDURE, as psql.
            String word = t.text().toUpperCase(Locale.ROOT);
            if (leadingWords.size() < 4) {
                leadingWords.add(word);
            }
            if (!isRoutineDefinition(leadingWords)) {
                continue;
            }
            if (word.equals("BEGIN")) {
                if (atomicDepth == 0) {
                    atomicLine = t.line();
                }
                atomicDepth++;
            } else if (word.equals("CASE") && atomicDepth > 0) {
                atomicDepth++;
            } else if (word.equals("END") && atomicDepth > 0) {
                atomicDepth--;
            }
        }
        if (atomicDepth > 0) {
            throw new SqlSourceException(file, atomicLine, "unterminated BEGIN ATOMIC body (the BEGIN on this line "
                    + "has no matching END before the end of the file)");
        }
        add(statements, text, current);
        return List.copyOf(statements);
    }

    /** The statement from its first token to its last, comments between them included. */
    private static void add(List<SqlStatement> statements, String text, List<SqlLexer.Token> tokens) {
        if (!tokens.isEmpty()) {
            SqlLexer.Token first = tokens.get(0);
            statements.add(new SqlStatement(text.substring(first.start(), tokens.get(tokens.size() - 1).end()),
                    first.line()));
        }
        tokens.clear();
    }

    private static boolean isRoutineDefinition(List<String> w) {
        if (w.size() < 2 || !w.get(0).equals("CREATE")) {
            return false;
        }
        if (w.get(1).equals("FUNCTION") || w.get(1).equals("PROCEDURE")) {
            return true;
        }
        return w.size() >= 4 && w.get(1).equals("OR") && w.get(2).equals("REPLACE")
                && (w.get(3).equals("FUNCTION") || w.get(3).equals("PROCEDURE"));
    }
}
