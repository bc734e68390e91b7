package dev.retort.declared;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A trigger on a table (or view):
 * {@code new PgTrigger("public", "Orders", "touch", "BEFORE UPDATE", "FOR EACH ROW EXECUTE FUNCTION public.touch()")}.
 *
 * @param schema  the table's schema, or null for the search path's
 * @param table   the table the trigger is on
 * @param timing  when and on what it fires, e.g. {@code AFTER INSERT OR UPDATE OF status}
 * @param action  what follows the table: {@code FOR EACH ...}, {@code WHEN (...)}, {@code EXECUTE FUNCTION ...}
 * @param renamedFrom the name it had before, or null (see {@link #withRenamedFrom})
 */
public record PgTrigger(String schema, String table, String name, String timing, String action, String renamedFrom)
        implements DeclaredEntity {
    public PgTrigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(action, "action");
    }

    /** Without a rename hint. */
    public PgTrigger(String schema, String table, String name, String timing, String action) {
        this(schema, table, name, timing, action, null);
    }

    /**
     * The same object, declared as renamed: it was called {@code old} (same schema, same table), and the planner
     * renames it rather than dropping and creating it (see docs/diff.md).
     */
    public PgTrigger withRenamedFrom(String old) {
        return new PgTrigger(schema, table, name, timing, action, old);
    }

    /** Reads {@code CREATE [OR REPLACE] TRIGGER name timing ON table action}. */
    public static PgTrigger fromSql(String sql) {
        Header h = Header.of("a trigger", sql);
        h.expect("CREATE");
        h.accept("OR", "REPLACE");
        if (h.accept("CONSTRAINT")) {
            throw h.error("constraint triggers are not supported as PgTrigger (declare them in a .sql file)");
        }
        h.expect("TRIGGER");
        String name = h.identifier();
        int on = h.find("ON");
        if (on < 0 || on == h.position()) {
            throw h.error("expected BEFORE, AFTER or INSTEAD OF ... ON table");
        }
        String timing = h.upTo(on);
        h.expect("ON");
        Header.Name table = h.name();
        return new PgTrigger(table.schema(), table.name(), name, timing, h.rest());
    }

    public static PgTrigger fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgTrigger::fromSql);
    }

    @Override
    public String toSql() {
        return Header.renamedFrom(renamedFrom) + Header.terminate("CREATE TRIGGER " + dev.retort.catalog.Identifiers.quote(name) + " " + timing + " ON "
                + Header.Name.sql(schema, table) + "\n" + action);
    }

    @Override
    public String label() {
        return "trigger " + dev.retort.catalog.Identifiers.quote(name) + " on " + Header.Name.sql(schema, table);
    }
}
