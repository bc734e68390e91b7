package dev.retort.declared;

/**
 * One statement of a declared schema: its SQL, its source, the line it starts on (in the source's file, or in the
 * text for Java sources) and the object it declares as far as its header says, e.g. {@code view public.orders}.
 */
public record DeclaredStatement(String sql, DeclaredSource source, int line, String object) {
    /** {@code file:line} of the statement's first token, or its definer. */
    public String location() {
        return source.location(line);
    }

    /** {@code file:line} of a 0-based character offset into {@link #sql()} (PostgreSQL's error position). */
    public String location(int offset) {
        int extra = 0;
        for (int i = 0; i < Math.min(offset, sql.length()); i++) {
            if (sql.charAt(i) == '\n') {
                extra++;
            }
        }
        return source.location(line + extra);
    }
}
