package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.cache.SnapshotCache;
import dev.retort.cache.SnapshotKey;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@link DeclaredSnapshots#open} through a {@link SnapshotCache}: the key is computed from the statements a build
 * would run and the dev server it would run them on (one query, no dev database), and a hit is returned with no
 * session; a miss is built and stored.
 */
public final class CachedSnapshots {
    private CachedSnapshots() {
    }

    /**
     * The declared snapshot, read from {@code cache} when an entry for exactly these inputs exists and
     * {@code usable} accepts it, else built (with its session open) and stored.
     *
     * @param outsideScope the statements creating the target's objects outside {@code scope}
     * @param usable whether a cached snapshot can stand for a build here (false: one a dev database is needed for)
     */
    public static DeclaredSnapshots.Built open(DeclaredSchema declared, DatabaseUrl devServer, int targetMajor,
                                               List<DeclaredStatement> outsideScope, DeclaredScope scope,
                                               SnapshotCache cache,
                                               Predicate<CatalogSnapshot> usable, Consumer<String> log) {
        DeclaredSnapshots.Inputs inputs = DeclaredSnapshots.Inputs.of(declared, outsideScope);
        // Renames are planned in a dev database (undone there inside a savepoint): a declaration with hints is built.
        if (!cache.enabled() || !dev.retort.declared.RenameHints.of(inputs.declared()).isEmpty()) {
            return DeclaredSnapshots.open(inputs, devServer, targetMajor, scope, log);
        }
        long start = System.nanoTime();
        String key = key(inputs, devServer, targetMajor, scope);
        long keyed = System.nanoTime();
        CatalogSnapshot cached = cache.get(key, log);
        if (cached != null && usable.test(cached)) {
            log.accept("declared schema read from the snapshot cache (" + key.substring(0, 12) + ", "
                    + cached.objects().size() + " objects): key " + (keyed - start) / 1_000_000 + " ms, read "
                    + (System.nanoTime() - keyed) / 1_000_000 + " ms");
            return new DeclaredSnapshots.Built(cached, null);
        }
        DeclaredSnapshots.Built built = DeclaredSnapshots.open(inputs, devServer, targetMajor, scope, log);
        // Writing the entry (most of a second at 50k objects) overlaps the caller's work and the release of the
        // dev database; closing the result waits for it.
        Thread writer = new Thread(() -> cache.put(key, built.snapshot(), log), "retort-snapshot-cache");
        writer.start();
        return new DeclaredSnapshots.Built(built.snapshot(), built.session(), built.renameHints(), () -> {
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the entry is written or not; either is safe
            }
        });
    }

    /** The cache key of a build of {@code inputs} on {@code devServer}; checks the server's major version. */
    static String key(DeclaredSnapshots.Inputs inputs, DatabaseUrl devServer, int targetMajor, DeclaredScope scope) {
        SnapshotKey key = SnapshotKey.start().part("scope", scope.toString())
                .statements("outside", inputs.outside()).statements("declared", inputs.declared());
        try (Connection c = devServer.connect()) {
            if (targetMajor > 0) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT current_setting('server_version_num')::int / 10000")) {
                    rs.next();
                    if (rs.getInt(1) != targetMajor) {
                        throw new RetortException("the dev server " + devServer + " runs PostgreSQL "
                                + rs.getInt(1) + " but the target runs PostgreSQL " + targetMajor + ": catalogs "
                                + "render definitions differently between majors, so the diff would be wrong; use a "
                                + "dev server of PostgreSQL " + targetMajor + " (--dev-url embedded:" + targetMajor
                                + ")");
                    }
                }
            }
            return key.server(c).hex();
        } catch (SQLException e) {
            throw new RetortException("Could not connect to the dev server " + devServer + ": " + e.getMessage(), e);
        }
    }
}
