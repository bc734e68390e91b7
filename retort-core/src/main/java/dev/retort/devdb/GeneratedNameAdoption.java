package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Identifiers;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.declared.WrittenNames;
import dev.retort.diff.GeneratedNames;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Applies {@link GeneratedNames} where the declaration was built: the declared constraints and indexes with
 * generated names are renamed in the dev database to the live names they match, and the declaration is read
 * again, so the snapshot and the database a plan is proven on agree.
 */
public final class GeneratedNameAdoption {
    private GeneratedNameAdoption() {
    }

    /**
     * @param written the names the declaration wrote, per table (tables not listed keep every name as built)
     * @param live    the live schema, restricted to the scope; read only when the declaration has generated names
     */
    public static DeclaredSnapshots.Built apply(DeclaredSnapshots.Built built, List<WrittenNames> written,
                                                Supplier<CatalogSnapshot> live, DeclaredScope scope,
                                                Consumer<String> log) {
        if (written.isEmpty()) {
            return built;
        }
        try {
            return adopt(built, written, live, scope, log);
        } catch (RuntimeException e) {
            built.close();
            throw e;
        }
    }

    /**
     * Whether the declared snapshot keeps every name as built: no generated name of it matches a live one by
     * definition under another name. Such a snapshot needs no dev database to be adopted in.
     */
    public static boolean keepsNames(CatalogSnapshot declared, List<WrittenNames> written,
                                     Supplier<CatalogSnapshot> live) {
        return written.isEmpty() || renames(declared, written, live).isEmpty();
    }

    private static List<GeneratedNames.Rename> renames(CatalogSnapshot declared, List<WrittenNames> written,
                                                       Supplier<CatalogSnapshot> live) {
        Map<String, Set<String>> byTable = new HashMap<>();
        written.forEach(w -> byTable.put(w.schema() + "." + w.table(), w.names()));
        Predicate<ObjectId> generated = id -> {
            Set<String> names = byTable.get(id.schema() + "." + id.table());
            return names != null && !names.contains(id.name());
        };
        return GeneratedNames.match(declared, live.get(), generated);
    }

    private static DeclaredSnapshots.Built adopt(DeclaredSnapshots.Built built, List<WrittenNames> written,
                                                 Supplier<CatalogSnapshot> live, DeclaredScope scope,
                                                 Consumer<String> log) {
        List<GeneratedNames.Rename> renames = renames(built.snapshot(), written, live);
        if (renames.isEmpty()) {
            return built;
        }
        try (Statement st = built.session().connection().createStatement()) {
            for (GeneratedNames.Rename r : renames) {
                ObjectId id = r.declared();
                st.addBatch(id.kind() == ObjectKind.INDEX
                        ? "ALTER INDEX " + id.qualifiedName() + " RENAME TO " + Identifiers.quote(r.liveName())
                        : "ALTER TABLE " + id.qualifiedTable() + " RENAME CONSTRAINT " + Identifiers.quote(id.name())
                                + " TO " + Identifiers.quote(r.liveName()));
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new RetortException("dev database " + built.session().name() + ": renaming generated names to the "
                    + "live ones failed: " + e.getMessage(), e);
        }
        log.accept("kept the live names of " + renames.size() + " constraints and indexes whose declared names were "
                + "generated");
        return built.with(scope.restrict(built.session().inspect(scope.inspection())));
    }
}
