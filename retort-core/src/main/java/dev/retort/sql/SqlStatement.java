package dev.retort.sql;

/**
 * One SQL statement of a script, without its terminating semicolon, and the 1-based line it starts on.
 *
 * @param autocommit true when a {@code -- migrate:autocommit} line stands before it: it runs on its own, committed
 *                   alone, outside the revision's transaction
 */
public record SqlStatement(String sql, int line, boolean autocommit) {
    public SqlStatement {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("empty statement");
        }
    }

    public SqlStatement(String sql, int line) {
        this(sql, line, false);
    }

    public SqlStatement autocommitted() {
        return new SqlStatement(sql, line, true);
    }
}
