package dev.retort.project;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogInspector;
import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.InspectionScope;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.Schema;
import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredSource;
import dev.retort.declared.DeclaredStatement;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.devdb.DevSession;
import dev.retort.devdb.GeneratedNameAdoption;
import dev.retort.plan.Kinds;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.progress.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Work on schemas with no project needed: read a database's schema, build a declared one, compare two. The
 * {@link dev.retort.Retort} façade and the project operations call it.
 */
public final class Schemas {
    private Schemas() {
    }

    /** Reads the schema of the database at {@code url}. */
    public static CatalogSnapshot inspect(DatabaseUrl url, InspectionScope scope) {
        return inspect(Connector.of(url), scope);
    }

    /** Reads the schema of the database {@code database} connects to. */
    public static CatalogSnapshot inspect(Connector database, InspectionScope scope) {
        try (Connection connection = database.connect()) {
            return new CatalogInspector(scope).inspect(connection);
        } catch (SQLException e) {
            throw new RetortException("Could not read the schema of " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * The live database's schema as far as {@code scope} owns it; other tools' bookkeeping tables found there are
     * left out with a note.
     */
    public static CatalogSnapshot inspectOwned(Connector database, DeclaredScope scope, Consumer<String> log) {
        CatalogSnapshot whole = inspect(database, scope.inspection());
        DeclaredScope.bookkeepingTables(whole).forEach((table, what) -> Progress.of(log).note("note: " + table
                + " (" + what + ") is left out of scope: Retort never creates, changes or drops it"));
        return scope.restrict(whole);
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
    public static CatalogSnapshot declaredSnapshot(DeclaredSchema declared, Connector target, DatabaseUrl devServer,
                                                   DeclaredScope scope, Consumer<String> log) {
        try (DeclaredSnapshots.Built built = buildDeclared(declared, target, devServer, scope, log)) {
            return built.snapshot();
        }
    }

    /** As {@link #declaredSnapshot(DeclaredSchema, Connector, DatabaseUrl, DeclaredScope, Consumer)}, by URL. */
    public static CatalogSnapshot declaredSnapshot(DeclaredSchema declared, DatabaseUrl target, DatabaseUrl devServer,
                                                   DeclaredScope scope, Consumer<String> log) {
        return declaredSnapshot(declared, target == null ? null : Connector.of(target), devServer, scope, log);
    }

    /** As {@link #buildDeclared(DeclaredSchema, Connector, DatabaseUrl, DeclaredScope, Consumer)}, by URL. */
    public static DeclaredSnapshots.Built buildDeclared(DeclaredSchema declared, DatabaseUrl target,
                                                        DatabaseUrl devServer, DeclaredScope scope,
                                                        Consumer<String> log) {
        return buildDeclared(declared, target == null ? null : Connector.of(target), devServer, scope, log);
    }

    /**
     * As {@link #declaredSnapshot}, keeping the dev session open (to prove plans on) until the result is closed.
     */
    public static DeclaredSnapshots.Built buildDeclared(DeclaredSchema declared, Connector target,
                                                        DatabaseUrl devServer, DeclaredScope scope,
                                                        Consumer<String> log) {
        if (target == null && devServer == null) {
            throw new RetortException("a declared schema needs a database to be built in: compare it with a "
                    + "database, or name a dev server with --dev-url");
        }
        int major = 0;
        CatalogSnapshot whole = null;
        if (target != null) {
            whole = scope.ownsEverything() ? null : inspect(target, everySchema(scope));
            major = whole != null ? whole.majorVersion() : serverMajor(target);
        }
        DatabaseUrl server = devServer != null ? devServer : target.serverUrl();
        if (server == null) {
            throw new RetortException("cannot create a scratch database on the server of " + target + " (its URL "
                    + "is unknown): name a dev server (--dev-url, devUrl or devDataSource)");
        }
        DeclaredSchema rendered = declared.forServer(major);
        DeclaredSnapshots.Built built = DeclaredSnapshots.open(rendered, server, major, outsideScope(whole, scope),
                scope, log);
        CatalogSnapshot wholeTarget = whole;
        return target == null ? built : GeneratedNameAdoption.apply(built, rendered.writtenNames(),
                () -> scope.restrict(wholeTarget != null ? wholeTarget : inspect(target, scope.inspection())), scope, log);
    }

    /**
     * The statements that turn {@code from} into {@code to}, either of which may be declared. Only what
     * {@code scope} owns is compared, so nothing outside it is ever created or dropped.
     */
    public static MigrationPlan diff(DiffSide from, DiffSide to, DeclaredScope scope, DatabaseUrl devServer,
                                     Consumer<String> log) {
        return diff(from, to, scope, devServer, false, log);
    }

    /**
     * As {@link #diff(DiffSide, DiffSide, DeclaredScope, DatabaseUrl, Consumer)}; with {@code verify},
     * the plan and its reverse are first proven (see {@link PlanVerification}): where a side is declared, in the dev
     * database it was just built in; else on a scratch database the {@code from} schema is rebuilt in. A plan that
     * does not reach its target is refused.
     */
    public static MigrationPlan diff(DiffSide from, DiffSide to, DeclaredScope scope, DatabaseUrl devServer,
                                     boolean verify, Consumer<String> log) {
        Connector target = from instanceof DiffSide.Live l ? l.database()
                : to instanceof DiffSide.Live l2 ? l2.database() : null;
        // The dev session a plan is proven on: the declared side's, kept open until then.
        // A declared --to side is always held: its rename hints are undone there to plan against the old names.
        DiffSide held = to instanceof DiffSide.Declared ? to : !verify ? null
                : from instanceof DiffSide.Declared ? from : null;
        // The two sides are independent: read (or build) them at the same time.
        CompletableFuture<Side> fromRead = CompletableFuture.supplyAsync(
                () -> side(from, from == held, target, devServer, scope, log));
        Side toSide = null;
        Side fromSide = null;
        try {
            toSide = side(to, to == held, target, devServer, scope, log);
            fromSide = join(fromRead);
            MigrationPlanner planner = new MigrationPlanner();
            RenamedPlans.Plans renamed = toSide.built() == null ? null
                    : RenamedPlans.between(fromSide.snapshot(), toSide.built(), List.of(), scope, log);
            MigrationPlan plan = renamed != null ? renamed.upgrade() : planner.plan(fromSide.snapshot(), toSide.snapshot());
            if (verify && !plan.isEmpty()) {
                MigrationPlan reverse = renamed != null ? renamed.downgrade()
                        : planner.plan(toSide.snapshot(), fromSide.snapshot());
                PlanVerification.Step up = new PlanVerification.Step("the upgrade", plan, toSide.snapshot(),
                        "the --to schema");
                PlanVerification.Step down = new PlanVerification.Step("the downgrade", reverse, fromSide.snapshot(),
                        "the --from schema");
                if (held == to) {
                    PlanVerification.verify(toSide.session(), scope::restrict, down, up, scope.inspection(), log);
                } else if (held == from) {
                    PlanVerification.verify(fromSide.session(), scope::restrict, up, down, scope.inspection(), log);
                } else {
                    DatabaseUrl server = devServer != null ? devServer : target.serverUrl();
                    CatalogSnapshot whole = inspect(((DiffSide.Live) from).database(), everySchema(scope));
                    PlanVerification.verify(whole, scope::restrict, toSide.snapshot(), plan, reverse, server,
                            scope.inspection(), log);
                }
            }
            return plan;
        } finally {
            if (fromSide == null) {
                fromRead.thenAccept(Side::close); // the other side failed first: close this one when it is built
            }
            for (Side side : new Side[] {fromSide, toSide}) {
                if (side != null) {
                    side.close();
                }
            }
        }
    }

    /**
     * One side of a diff: its snapshot, and the dev session it was built in when that is kept open (with the
     * build, rename hints included).
     */
    private record Side(CatalogSnapshot snapshot, DevSession session, DeclaredSnapshots.Built built)
            implements AutoCloseable {
        Side(CatalogSnapshot snapshot, DevSession session) {
            this(snapshot, session, null);
        }

        @Override
        public void close() {
            if (session != null) {
                session.close();
            }
        }
    }

    private static Side side(DiffSide source, boolean keepSession, Connector target, DatabaseUrl devServer,
                             DeclaredScope scope, Consumer<String> log) {
        if (source instanceof DiffSide.Live live) {
            return new Side(inspectOwned(live.database(), scope, log), null);
        }
        DeclaredSchema declared = ((DiffSide.Declared) source).schema();
        if (!keepSession) {
            return new Side(declaredSnapshot(declared, target, devServer, scope, log), null);
        }
        DeclaredSnapshots.Built built = buildDeclared(declared, target, devServer, scope, log);
        return new Side(built.snapshot(), built.session(), built);
    }

    /** Every schema, for the objects outside a narrower scope that its objects may need. */
    private static InspectionScope everySchema(DeclaredScope scope) {
        return new InspectionScope(List.of(), List.of(), scope.versionSchema(), scope.owners());
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
        return serverMajor(Connector.of(url));
    }

    /** The major version of the server {@code database} connects to, e.g. 17. */
    public static int serverMajor(Connector database) {
        try (Connection c = database.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new RetortException("Could not connect to " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * The target's objects the declaration does not own, as statements creating them in dependency order: the dev
     * database receives them first, so declarations can refer to them.
     */
    static List<DeclaredStatement> outsideScope(CatalogSnapshot target, DeclaredScope scope) {
        List<DeclaredStatement> out = new ArrayList<>();
        if (target == null || scope.ownsEverything()) {
            return out;
        }
        List<ObjectId> outside = new ArrayList<>();
        for (CatalogObject o : target.all()) {
            if (!scope.owns(o, target)) {
                outside.add(o.id());
            }
        }
        for (ObjectId id : target.dependencies().order(outside)) {
            CatalogObject object = target.get(id);
            List<String> sql = new ArrayList<>(Kinds.create(object));
            if (object instanceof Schema s && s.name().equals("public")) {
                sql.remove(0); // every new database has it already
            }
            DeclaredSource source = DeclaredSource.definedBy("the target's " + id + " (outside the declared scope)",
                    String.join("\n", sql));
            for (String statement : sql) {
                out.add(new DeclaredStatement(statement, source, 1, id.toString()));
            }
        }
        return out;
    }
}
