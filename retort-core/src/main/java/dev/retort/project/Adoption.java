package dev.retort.project;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectKind;
import dev.retort.connection.Connector;
import dev.retort.devdb.DeclaredScope;
import dev.retort.runner.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Guards a database Retort has never run on: an upgrade of one that already holds a schema would fail halfway
 * ("already exists") or, worse, succeed on top of something nobody described. Such a database is adopted first,
 * with {@code retort baseline}, {@code retort import flyway|liquibase} or {@code retort stamp}.
 */
public final class Adoption {
    private Adoption() {
    }

    /**
     * Refuses when the version table was never created and the database holds objects the declared scope owns
     * (schemas and extensions alone, which operators often prepare, do not count); says what it found and how to
     * adopt it. {@code retort stamp base} creates the version table on purpose, after which upgrades run.
     */
    public static void requireStampedOrEmpty(Connector database, VersionTable table, DeclaredScope scope) {
        if (versionTableExists(database, table)) {
            return;
        }
        CatalogSnapshot whole = Schemas.inspect(database, scope.inspection());
        SortedMap<String, String> bookkeeping = DeclaredScope.bookkeepingTables(whole);
        CatalogSnapshot owned = scope.restrict(whole);
        // Schemas another Retort version schema manages (other tenants of a schema-per-tenant database) are theirs.
        java.util.Set<String> managedElsewhere = new java.util.HashSet<>();
        for (CatalogObject o : whole.all()) {
            if (o.id().kind() == ObjectKind.TABLE && o.id().name().equals(VersionTable.VERSION_TABLE)) {
                managedElsewhere.add(o.id().schema());
            }
        }
        Map<ObjectKind, List<String>> found = new TreeMap<>();
        for (CatalogObject o : owned.all()) {
            ObjectKind kind = o.id().kind();
            if (managedElsewhere.contains(o.id().schema()) || kind == ObjectKind.SCHEMA || kind == ObjectKind.EXTENSION || kind == ObjectKind.DEFAULT_PRIVILEGES
                    || kind.isTablePart()) {
                continue;
            }
            found.computeIfAbsent(kind, k -> new ArrayList<>()).add(o.id().qualifiedName());
        }
        if (found.isEmpty() || versionTableExists(database, table)) {
            return; // empty, or another run adopted or migrated it while this one looked (its work commits at once)
        }
        List<String> parts = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        found.forEach((kind, names) -> {
            parts.add(names.size() + " " + kind.label() + (names.size() == 1 ? "" : kind.label().endsWith("x")
                    ? "es" : "s"));
            names.stream().limit(3).forEach(n -> examples.add(kind.label() + " " + n));
        });
        StringBuilder sb = new StringBuilder("refusing to upgrade ").append(database)
                .append(": Retort has never run on it (no ").append(table.versionTable())
                .append(") but it is not empty: it holds ").append(String.join(", ", parts))
                .append(" (").append(String.join(", ", examples.subList(0, Math.min(5, examples.size()))))
                .append(examples.size() > 5 ? ", ..." : "").append("). Nothing was run.");
        if (bookkeeping.containsKey(firstWith(bookkeeping, "flyway_schema_history"))) {
            sb.append("\n  It is managed by Flyway (").append(firstWith(bookkeeping, "flyway_schema_history"))
                    .append("): 'retort import flyway' adopts it with its history.");
        }
        if (bookkeeping.containsKey(firstWith(bookkeeping, "databasechangelog"))) {
            sb.append("\n  It is managed by Liquibase (").append(firstWith(bookkeeping, "databasechangelog"))
                    .append("): 'retort import liquibase' adopts it with its history.");
        }
        sb.append("\n  To adopt it: 'retort baseline' writes a revision creating its current schema and stamps the "
                + "database at it; if your migrations already describe it, 'retort stamp REV' records where it is; "
                + "'retort stamp base' says the migrations start from here and should run on top of what is there.");
        throw new RetortException(sb.toString());
    }

    private static boolean versionTableExists(Connector database, VersionTable table) {
        try (Connection c = database.connect()) {
            return table.exists(c);
        } catch (SQLException e) {
            throw new RetortException("cannot read the version table of " + database + ": " + e.getMessage(), e);
        }
    }

    private static String firstWith(SortedMap<String, String> tables, String name) {
        return tables.keySet().stream().filter(t -> t.endsWith("." + name)).findFirst().orElse("");
    }
}
