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
import dev.retort.cache.SnapshotCache;
import dev.retort.devdb.CachedSnapshots;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.devdb.DevSession;
import dev.retort.devdb.GeneratedNameAdoption;
import dev.retort.plan.HazardPolicy;
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
import java.util.function.Supplier;

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
        return declaredSnapshot(declared, target, devServer, scope, SnapshotCache.NONE, log);
    }

    /**
     * As {@link #declaredSnapshot(DeclaredSchema, Connector, DatabaseUrl, DeclaredScope, Consumer)}, read from
     * {@code cache} when the declaration has not changed.
     */
    public static CatalogSnapshot declaredSnapshot(DeclaredSchema declared, Connector target, DatabaseUrl devServer,
                                                   DeclaredScope scope, SnapshotCache cache, Consumer<String> log) {
        try (DeclaredSnapshots.Built built = buildDeclared(declared, target, devServer, scope, cache, log)) {
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
        return buildDeclared(declared, target, devServer, scope, SnapshotCache.NONE, log);
    }

    /**
     * As {@link #buildDeclared(DeclaredSchema, Connector, DatabaseUrl, DeclaredScope, Consumer)}, through a snapshot
     * cache: an unchanged declaration is read from {@code cache}, and the result then has no session (null).
     */
    public static DeclaredSnapshots.Built buildDeclared(DeclaredSchema declared, Connector target,
                                                        DatabaseUrl devServer, DeclaredScope scope,
                                                        SnapshotCache cache, Consumer<String> log) {
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
        CatalogSnapshot wholeTarget = whole;
        Supplier<CatalogSnapshot> live = memoized(
                () -> scope.restrict(wholeTarget != null ? wholeTarget : inspect(target, scope.inspection())));
        DeclaredSnapshots.Built built = CachedSnapshots.open(rendered, server, major, outsideScope(whole, scope), scope, cache,
                cached -> target == null || GeneratedNameAdoption.keepsNames(cached, rendered.writtenNames(), live),
                log);
        return target == null || built.session() == null ? built
                : GeneratedNameAdoption.apply(built, rendered.writtenNames(), live, scope, log);
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
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
        return diff(from, to, scope, devServer, verify, SnapshotCache.NONE, new MigrationPlanner(), null, log);
    }

    /**
     * As {@link #diff(DiffSide, DiffSide, DeclaredScope, DatabaseUrl, boolean, Consumer)}, declared sides read
     * from {@code cache} when they have not changed, planned by {@code planner}. A cached side kept for
     * verification has no dev database: the plans are then proven on the {@code from} schema rebuilt when it is
     * live, else on a fresh build. A plan whose hazards {@code policy} refuses is refused before it is verified
     * (null: none).
     */
    public static MigrationPlan diff(DiffSide from, DiffSide to, DeclaredScope scope, DatabaseUrl devServer,
                                     boolean verify, SnapshotCache cache, MigrationPlanner planner,
                                     HazardPolicy policy, Consumer<String> log) {
        Connector target = from instanceof DiffSide.Live l ? l.database()
                : to instanceof DiffSide.Live l2 ? l2.database() : null;
        // The dev session a plan is proven on: the declared side's, kept open until then.
        // A declared --to side is always held: its rename hints are undone there to plan against the old names.
        DiffSide held = to instanceof DiffSide.Declared ? to : !verify ? null
                : from instanceof DiffSide.Declared ? from : null;
        // The two sides are independent: read (or build) them at the same time.
        // A kept side is proven on; from the cache it has no dev database, which only a live from side replaces.
        SnapshotCache heldCache = held == to && from instanceof DiffSide.Live ? cache : SnapshotCache.NONE;
        CompletableFuture<Side> fromRead = CompletableFuture.supplyAsync(
                () -> side(from, from == held, target, devServer, scope, from == held ? heldCache : cache, log));
        Side toSide = null;
        Side fromSide = null;
        try {
            toSide = side(to, to == held, target, devServer, scope, to == held ? heldCache : cache, log);
            fromSide = join(fromRead);
            RenamedPlans.Plans renamed = toSide.built() == null ? null
                    : RenamedPlans.between(fromSide.snapshot(), toSide.built(), List.of(), scope, planner, log);
            MigrationPlan plan = renamed != null ? renamed.upgrade() : planner.plan(fromSide.snapshot(), toSide.snapshot());
            if (policy != null) {
                policy.check(plan, "the plan");
            }
            if (verify && !plan.isEmpty()) {
                MigrationPlan reverse = renamed != null ? renamed.downgrade()
                        : planner.plan(toSide.snapshot(), fromSide.snapshot());
                PlanVerification.Step up = new PlanVerification.Step("the upgrade", plan, toSide.snapshot(),
                        "the --to schema");
                PlanVerification.Step down = new PlanVerification.Step("the downgrade", reverse, fromSide.snapshot(),
                        "the --from schema");
                if (held == to && toSide.session() == null) {
                    DatabaseUrl server = devServer != null ? devServer : target.serverUrl();
                    DeclaredSchema declared = ((DiffSide.Declared) to).schema();
                    PlanVerification.verifyFromCurrent(inspect(((DiffSide.Live) from).database(), everySchema(scope)),
                            scope, up, down, server,
                            () -> buildDeclared(declared, target, devServer, scope, SnapshotCache.NONE, log), log);
                } else if (held == to) {
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
                             DeclaredScope scope, SnapshotCache cache, Consumer<String> log) {
        if (source instanceof DiffSide.Live live) {
            return new Side(inspectOwned(live.database(), scope, log), null);
        }
        DeclaredSchema declared = ((DiffSide.Declared) source).schema();
        if (!keepSession) {
            return new Side(declaredSnapshot(declared, target, devServer, scope, cache, log), null);
        }
        DeclaredSnapshots.Built built = buildDeclared(declared, target, devServer, scope, cache, log);
        return new Side(built.snapshot(), built.session(), built);
    }

    /** Every schema, for the objects outside a narrower scope that its objects may need. */
    static InspectionScope everySchema(DeclaredScope scope) {
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
        if (target == null || scope.ownsEverything()) {
            return new ArrayList<>();
        }
        return creating(target, o -> !scope.owns(o, target), "the target's ");
    }

    /** Statements creating every object of {@code current} (a copy of it, to prove plans on). */
    static List<DeclaredStatement> copying(CatalogSnapshot current) {
        return creating(current, o -> true, "the current schema's ");
    }

    private static List<DeclaredStatement> creating(CatalogSnapshot target,
                                                    java.util.function.Predicate<CatalogObject> which, String whose) {
        List<DeclaredStatement> out = new ArrayList<>();
        List<ObjectId> chosen = new ArrayList<>();
        for (CatalogObject o : target.all()) {
            if (which.test(o)) {
                chosen.add(o.id());
            }
        }
        for (ObjectId id : target.dependencies().order(chosen)) {
            CatalogObject object = target.get(id);
            List<String> sql = new ArrayList<>(Kinds.create(object));
            if (object instanceof Schema s && s.name().equals("public")) {
                sql.remove(0); // every new database has it already
            }
            String what = whose.equals("the target's ") ? whose + id + " (outside the declared scope)" : whose + id;
            DeclaredSource source = DeclaredSource.definedBy(what, String.join("\n", sql));
            for (String statement : sql) {
                out.add(new DeclaredStatement(statement, source, 1, id.toString()));
            }
        }
        return out;
    }
}
