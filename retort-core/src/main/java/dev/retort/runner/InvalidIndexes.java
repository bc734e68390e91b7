package dev.retort.runner;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The INVALID index a failed or interrupted {@code CREATE INDEX CONCURRENTLY} leaves behind: PostgreSQL keeps
 * maintaining it on every write but never uses it, and running the statement again fails because the name is
 * taken. The runner names it when the build fails, and drops it (concurrently) before the statement runs again on
 * {@code repair --resume}. Only an index of that name on that table that PostgreSQL marks invalid is touched.
 */
final class InvalidIndexes {
    private static final String IDENT = "\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*";
    private static final Pattern BUILD = Pattern.compile("(?is)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + IDENT + ")\\s+ON\\s+(?:ONLY\\s+)?((?:" + IDENT + ")(?:\\s*\\.\\s*(?:"
            + IDENT + "))?)");
    private static final String FIND = "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_index i "
            + "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE NOT i.indisvalid AND i.indrelid = to_regclass(?) AND c.relname = ?";

    private InvalidIndexes() {
    }

    /** The invalid index the concurrent build {@code sql} left, schema-qualified, or null (or not such a build). */
    static String leftBy(Statement s, String sql) throws SQLException {
        Matcher m = BUILD.matcher(sql);
        if (!m.find()) {
            return null;
        }
        try (PreparedStatement find = s.getConnection().prepareStatement(FIND)) {
            find.setString(1, m.group(2));
            find.setString(2, unquote(m.group(1)));
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Before a concurrent build runs again after an interruption: drops the invalid index it left, if any. */
    static void dropBeforeRetry(Statement s, String sql, boolean retry, Consumer<String> log) throws SQLException {
        if (!retry) {
            return;
        }
        String invalid = leftBy(s, sql);
        if (invalid != null) {
            log.accept("dropping the INVALID index " + invalid + " an interrupted CREATE INDEX CONCURRENTLY left, "
                    + "before building it again");
            s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + invalid);
        }
    }

    private static String unquote(String ident) {
        return ident.startsWith("\"") ? ident.substring(1, ident.length() - 1).replace("\"\"", "\"")
                : ident.toLowerCase(java.util.Locale.ROOT);
    }
}
