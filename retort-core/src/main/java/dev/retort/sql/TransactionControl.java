package dev.retort.sql;

import java.util.List;
import java.util.Set;

/**
 * The one list of transaction-control statements. Two kinds, because where Retort makes the transaction they are
 * refused for different reasons:
 * <ul>
 * <li>{@link #TRANSACTION}: statements that start, end or prepare a transaction ({@code BEGIN}, {@code START},
 * {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}, {@code PREPARE TRANSACTION}, {@code COMMIT/ROLLBACK
 * PREPARED}). A revision may not hold them (Retort commits it), nor may a declared schema.</li>
 * <li>{@link #SAVEPOINT}: {@code SAVEPOINT}, {@code RELEASE} and {@code ROLLBACK TO}. Harmless inside a revision's
 * transaction, so allowed there; refused in a declared schema, whose statements Retort batches between savepoints
 * of its own that a user's would release or roll back.</li>
 * </ul>
 * {@code PREPARE name AS ...} (a prepared statement) is no transaction control.
 */
public enum TransactionControl {
    TRANSACTION, SAVEPOINT;

    private static final Set<String> TRANSACTION_WORDS = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK",
            "ABORT");

    /** What the statement is, from its first words; null for any other statement. */
    public static TransactionControl of(String sql) {
        List<SqlLexer.Token> t;
        try {
            t = SqlLexer.tokenize(sql);
        } catch (SqlSourceException e) {
            return null; // not a statement the server could run either; its own error says why
        }
        if (t.isEmpty() || t.get(0).type() != SqlLexer.Type.WORD) {
            return null;
        }
        SqlLexer.Token first = t.get(0);
        SqlLexer.Token second = t.size() > 1 ? t.get(1) : null;
        if (first.is("SAVEPOINT") || first.is("RELEASE")
                || (first.is("ROLLBACK") && second != null && second.is("TO"))) {
            return SAVEPOINT;
        }
        if (first.is("PREPARE")) {
            return second != null && second.is("TRANSACTION") ? TRANSACTION : null;
        }
        return TRANSACTION_WORDS.contains(first.text().toUpperCase(java.util.Locale.ROOT)) ? TRANSACTION : null;
    }
}
