package dev.retort.declared;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A view: {@code new PgView("public", "order_line_items", "select ...")}.
 *
 * @param schema     the schema, or null to create it in the first schema of the search path
 * @param name       the name as PostgreSQL stores it (case kept; quoted when rendered as needed)
 * @param definition the query after {@code AS}
 * @param renamedFrom the name it had before, or null (see {@link #withRenamedFrom})
 */
public record PgView(String schema, String name, String definition, String renamedFrom)
        implements DeclaredEntity {
    public PgView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    /** Without a rename hint. */
    public PgView(String schema, String name, String definition) {
        this(schema, name, definition, null);
    }

    /**
     * The same object, declared as renamed: it was called {@code old} (same schema), and the planner
     * renames it rather than dropping and creating it (see docs/diff.md).
     */
    public PgView withRenamedFrom(String old) {
        return new PgView(schema, name, definition, old);
    }

    /** Reads {@code CREATE [OR REPLACE] VIEW name AS query}. */
    public static PgView fromSql(String sql) {
        Header h = Header.of("a view", sql);
        h.expect("CREATE");
        h.accept("OR", "REPLACE");
        h.expect("VIEW");
        Header.Name name = h.name();
        h.expect("AS");
        return new PgView(name.schema(), name.name(), h.rest());
    }

    public static PgView fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgView::fromSql);
    }

    @Override
    public String toSql() {
        return Header.renamedFrom(renamedFrom) + Header.terminate("CREATE VIEW " + Header.Name.sql(schema, name) + " AS\n" + definition);
    }

    @Override
    public String label() {
        return "view " + Header.Name.sql(schema, name);
    }
}
