package dev.retort;

import dev.retort.catalog.CatalogInspector;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.InspectionScope;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The library façade for work on databases named by URL, with no project needed: read a schema, build a declared
 * one, compare two. Project work (revisions, upgrades) is on {@link dev.retort.project.RetortProject}.
 */
public final class Retort {
    private Retort() {
    }

    /** Reads the schema of the database at {@code url}. */
    public static CatalogSnapshot inspect(DatabaseUrl url, InspectionScope scope) {
        try (Connection connection = url.connect()) {
            return new CatalogInspector(scope).inspect(connection);
        } catch (SQLException e) {
            throw new RetortException("Could not read the schema of " + url + ": " + e.getMessage(), e);
        }
    }

    /** The statements that turn the schema at {@code from} into the schema at {@code to}. */
    public static MigrationPlan diff(DatabaseUrl from, DatabaseUrl to, InspectionScope scope) {
        return new MigrationPlanner().plan(inspect(from, scope), inspect(to, scope));
    }

    /**
     * The snapshot of a declared schema, as it would be in {@code target}: built in a dev database on
     * {@code devServer} (null: the target's own server), which must run the target's major version. With a scope
     * narrower than everything, the target's objects outside it are recreated in the dev database first. The
     * target is only read.
     *
     * @param target the database the declaration is meant for, or null (then {@code devServer} is required)
     */
    public static CatalogSnapshot declaredSnapshot(DeclaredSchema declared, DatabaseUrl target, DatabaseUrl devServer,
                                                   DeclaredScope scope, Consumer<String> log) {
        if (target == null && devServer == null) {
            throw new RetortException("a declared schema needs a database to be built in: compare it with a "
                    + "database, or name a dev server with --dev-url");
        }
        int major = 0;
        CatalogSnapshot whole = null;
        if (target != null) {
            InspectionScope everySchema = new InspectionScope(List.of(), List.of(), scope.versionSchema(), false);
            whole = scope.ownsEverything() ? null : inspect(target, everySchema);
            major = whole != null ? whole.majorVersion() : serverMajor(target);
        }
        return DeclaredSnapshots.build(declared, devServer != null ? devServer : target, major, whole, scope, log);
    }

    /**
     * The statements that turn {@code from} into {@code to}, either of which may be declared. Only what
     * {@code scope} owns is compared, so nothing outside it is ever created or dropped.
     */
    public static MigrationPlan diff(SchemaSource from, SchemaSource to, DeclaredScope scope, DatabaseUrl devServer,
                                     Consumer<String> log) {
        return diff(from, to, scope, devServer, false, log);
    }

    /**
     * As {@link #diff(SchemaSource, SchemaSource, DeclaredScope, DatabaseUrl, Consumer)}; with {@code verify},
     * the plan and its reverse are first proven on a scratch database (see {@link PlanVerification}), and a plan
     * that does not reach its target is refused.
     */
    public static MigrationPlan diff(SchemaSource from, SchemaSource to, DeclaredScope scope, DatabaseUrl devServer,
                                     boolean verify, Consumer<String> log) {
        DatabaseUrl target = from instanceof SchemaSource.Live l ? l.url()
                : to instanceof SchemaSource.Live l2 ? l2.url() : null;
        // The two sides are independent: read (or build) them at the same time.
        CompletableFuture<CatalogSnapshot> fromRead = CompletableFuture.supplyAsync(
                () -> snapshot(from, target, devServer, scope, log));
        CatalogSnapshot toSnapshot = snapshot(to, target, devServer, scope, log);
        CatalogSnapshot fromSnapshot = join(fromRead);
        MigrationPlanner planner = new MigrationPlanner();
        MigrationPlan plan = planner.plan(fromSnapshot, toSnapshot);
        if (verify && !plan.isEmpty()) {
            CatalogSnapshot whole;
            if (from instanceof SchemaSource.Live live) {
                whole = inspect(live.url(), new InspectionScope(List.of(), List.of(), scope.versionSchema(), false));
            } else if (scope.ownsEverything()) {
                whole = fromSnapshot;
            } else {
                throw new RetortException("--verify with a declared --from needs a declaration that owns every "
                        + "kind: the scratch database must be able to hold the --from schema on its own");
            }
            DatabaseUrl server = devServer != null ? devServer : target;
            if (server == null) {
                throw new RetortException("--verify needs a server for its scratch database: --dev-url");
            }
            PlanVerification.verify(whole, scope::restrict, toSnapshot, plan, planner.plan(toSnapshot, fromSnapshot),
                    server, scope.inspection(), log);
        }
        return plan;
    }

    private static CatalogSnapshot snapshot(SchemaSource source, DatabaseUrl target, DatabaseUrl devServer,
                                            DeclaredScope scope, Consumer<String> log) {
        if (source instanceof SchemaSource.Live live) {
            return scope.restrict(inspect(live.url(), scope.inspection()));
        }
        return declaredSnapshot(((SchemaSource.Declared) source).schema(), target, devServer, scope, log);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The major version of the server at {@code url}, e.g. 17. */
    public static int serverMajor(DatabaseUrl url) {
        try (Connection c = url.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new RetortException("Could not connect to " + url + ": " + e.getMessage(), e);
        }
    }
}
