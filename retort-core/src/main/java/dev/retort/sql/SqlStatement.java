package dev.retort.sql;

/** One SQL statement of a script, without its terminating semicolon, and the 1-based line it starts on. */
public record SqlStatement(String sql, int line) {
    public SqlStatement {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("empty statement");
        }
    }
}
