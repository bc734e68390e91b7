package dev.retort.declared;

import dev.retort.sql.SqlLexer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A materialized view, populated or not, with its indexes (each a complete {@code CREATE INDEX} statement).
 *
 * @param definition the query after {@code AS}, without {@code WITH [NO] DATA}
 * @param renamedFrom the name it had before, or null (see {@link #withRenamedFrom})
 */
public record PgMaterializedView(String schema, String name, String definition, boolean withData,
                                 List<String> indexes, String renamedFrom)
        implements DeclaredEntity {
    public PgMaterializedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        indexes = List.copyOf(indexes);
    }

    /** Without a rename hint. */
    public PgMaterializedView(String schema, String name, String definition, boolean withData,
                                 List<String> indexes) {
        this(schema, name, definition, withData, indexes, null);
    }

    /**
     * The same object, declared as renamed: it was called {@code old} (same schema), and the planner
     * renames it rather than dropping and creating it (see docs/diff.md).
     */
    public PgMaterializedView withRenamedFrom(String old) {
        return new PgMaterializedView(schema, name, definition, withData, indexes, old);
    }

    public PgMaterializedView(String schema, String name, String definition, boolean withData) {
        this(schema, name, definition, withData, List.of());
    }

    /** The same view with one more index, e.g. {@code CREATE UNIQUE INDEX ... ON public.totals (id)}. */
    public PgMaterializedView withIndex(String createIndex) {
        Header h = Header.of("an index of " + label(), createIndex);
        h.expect("CREATE");
        h.accept("UNIQUE");
        h.expect("INDEX");
        List<String> all = new java.util.ArrayList<>(indexes);
        all.add(createIndex.strip().replaceFirst(";$", ""));
        return new PgMaterializedView(schema, name, definition, withData, all);
    }

    /** Reads {@code CREATE MATERIALIZED VIEW name AS query [WITH [NO] DATA]}. */
    public static PgMaterializedView fromSql(String sql) {
        Header h = Header.of("a materialized view", sql);
        h.expect("CREATE");
        h.expect("MATERIALIZED", "VIEW");
        Header.Name name = h.name();
        h.expect("AS");
        List<SqlLexer.Token> t = h.tokens();
        int n = t.size();
        boolean withData = true;
        int bodyEnd = n;
        if (n >= 3 && t.get(n - 3).is("WITH") && t.get(n - 2).is("NO") && t.get(n - 1).is("DATA")) {
            withData = false;
            bodyEnd = n - 3;
        } else if (n >= 2 && t.get(n - 2).is("WITH") && t.get(n - 1).is("DATA")) {
            bodyEnd = n - 2;
        }
        return new PgMaterializedView(name.schema(), name.name(), h.upTo(bodyEnd), withData, List.of());
    }

    public static PgMaterializedView fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgMaterializedView::fromSql);
    }

    @Override
    public String toSql() {
        StringBuilder sb = new StringBuilder(Header.renamedFrom(renamedFrom)).append("CREATE MATERIALIZED VIEW ").append(Header.Name.sql(schema, name))
                .append(" AS\n").append(definition).append(withData ? "\nWITH DATA;" : "\nWITH NO DATA;");
        for (String index : indexes) {
            sb.append('\n').append(Header.terminate(index));
        }
        return sb.toString();
    }

    @Override
    public String label() {
        return "materialized view " + Header.Name.sql(schema, name);
    }
}
