package dev.retort.declared;

import dev.retort.catalog.Identifiers;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A row-level-security policy: {@code new PgPolicy(null, "accounts", "owner_only", "FOR SELECT USING (owner = current_user)")}.
 *
 * @param schema     the table's schema, or null for the search path's
 * @param definition what follows {@code ON table}: {@code AS}, {@code FOR}, {@code TO}, {@code USING}, {@code WITH CHECK}
 * @param renamedFrom the name it had before, or null (see {@link #withRenamedFrom})
 */
public record PgPolicy(String schema, String table, String name, String definition, String renamedFrom)
        implements DeclaredEntity {
    public PgPolicy {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    /** Without a rename hint. */
    public PgPolicy(String schema, String table, String name, String definition) {
        this(schema, table, name, definition, null);
    }

    /**
     * The same object, declared as renamed: it was called {@code old} (same schema, same table), and the planner
     * renames it rather than dropping and creating it (see docs/diff.md).
     */
    public PgPolicy withRenamedFrom(String old) {
        return new PgPolicy(schema, table, name, definition, old);
    }

    /** Reads {@code CREATE POLICY name ON table definition}. */
    public static PgPolicy fromSql(String sql) {
        Header h = Header.of("a policy", sql);
        h.expect("CREATE", "POLICY");
        String name = h.identifier();
        h.expect("ON");
        Header.Name table = h.name();
        return new PgPolicy(table.schema(), table.name(), name, h.atEnd() ? "" : h.rest());
    }

    public static PgPolicy fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgPolicy::fromSql);
    }

    @Override
    public String toSql() {
        return Header.renamedFrom(renamedFrom) + Header.terminate("CREATE POLICY " + Identifiers.quote(name) + " ON " + Header.Name.sql(schema, table)
                + (definition.isBlank() ? "" : "\n" + definition));
    }

    @Override
    public String label() {
        return "policy " + Identifiers.quote(name) + " on " + Header.Name.sql(schema, table);
    }
}
