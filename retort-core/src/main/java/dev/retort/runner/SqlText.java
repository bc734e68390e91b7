package dev.retort.runner;

/** Quoting for the SQL Retort writes itself (version tables), so online and offline runs share the same text. */
public final class SqlText {
    private SqlText() {
    }

    /** Always quoted, so mixed case, keywords and odd characters survive. */
    public static String identifier(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid SQL identifier: " + name);
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A standard string literal (standard_conforming_strings is on: only quotes need doubling). */
    public static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a SQL string cannot hold NUL");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
