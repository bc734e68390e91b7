package dev.retort.declared;

import dev.retort.catalog.Identifiers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Privileges on a table, view or sequence for one role:
 * {@code new PgGrantTable("public", "orders", "reporting", List.of("SELECT"), false)}.
 *
 * @param role       the grantee as PostgreSQL stores it, or {@code PUBLIC}
 * @param privileges e.g. {@code SELECT}, {@code INSERT}, {@code UPDATE (status)}; upper case
 */
public record PgGrantTable(String schema, String table, String role, List<String> privileges, boolean withGrantOption)
        implements DeclaredEntity {
    public PgGrantTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(role, "role");
        privileges = List.copyOf(privileges);
        if (privileges.isEmpty()) {
            throw new IllegalArgumentException("a grant needs at least one privilege");
        }
    }

    /** Reads {@code GRANT privileges ON [TABLE] name TO role [WITH GRANT OPTION]}. */
    public static PgGrantTable fromSql(String sql) {
        Header h = Header.of("a table grant", sql);
        h.expect("GRANT");
        int on = h.find("ON");
        if (on < 0 || on == h.position()) {
            throw h.error("expected privileges, then ON table");
        }
        List<String> privileges = new ArrayList<>();
        for (String p : h.upTo(on).split(",(?![^(]*\\))")) {
            // The privilege keyword in upper case; a column list keeps its spelling (quoted names are case-sensitive).
            String privilege = p.strip();
            int paren = privilege.indexOf('(');
            String keyword = (paren < 0 ? privilege : privilege.substring(0, paren)).strip().replaceAll("\\s+", " ");
            privileges.add(keyword.toUpperCase(Locale.ROOT) + (paren < 0 ? "" : " " + privilege.substring(paren)));
        }
        h.expect("ON");
        h.accept("TABLE");
        Header.Name table = h.name();
        h.expect("TO");
        String role = h.accept("PUBLIC") ? "PUBLIC" : h.identifier();
        boolean grantOption = h.accept("WITH", "GRANT", "OPTION");
        h.end();
        return new PgGrantTable(table.schema(), table.name(), role, privileges, grantOption);
    }

    public static PgGrantTable fromPath(Path file) {
        return DeclaredEntity.readFile(file, PgGrantTable::fromSql);
    }

    @Override
    public String toSql() {
        return "GRANT " + String.join(", ", privileges) + " ON TABLE " + Header.Name.sql(schema, table) + " TO "
                + (role.equals("PUBLIC") ? "PUBLIC" : Identifiers.quote(role))
                + (withGrantOption ? " WITH GRANT OPTION" : "") + ";";
    }

    @Override
    public String label() {
        return "grant " + String.join(", ", privileges) + " on " + Header.Name.sql(schema, table) + " to " + role;
    }
}
