package dev.retort;

import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.connection.LibpqEnvironment;
import dev.retort.plan.HazardPolicy;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.plan.PlannedStatement;
import dev.retort.project.Autogenerate;
import dev.retort.project.Check;
import dev.retort.project.DiffSide;
import dev.retort.project.History;
import dev.retort.project.RetortProject;
import dev.retort.project.Schemas;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.RevisionPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Retort as a library: schema migrations for PostgreSQL. Configure it with {@link #configure()}, then call its
 * operations; each connects, does its work, releases what it opened and returns a typed result. Immutable and safe
 * to share between threads; operations on one database take turns through an advisory lock.
 *
 * <pre>{@code
 * Retort retort = Retort.configure()
 *         .dataSource(dataSource)                  // or .url("postgresql://app@localhost/app")
 *         .migrations("classpath:db/migration")
 *         .load();
 * RunResult result = retort.upgrade();             // to head
 * InfoResult info = retort.info();
 * }</pre>
 *
 * <p>Failures are {@link RetortException}s whose message says what went wrong, where (file and line), and what
 * was left applied.
 */
public final class Retort implements AutoCloseable {
    private final RetortSettings settings;
    private final RetortProject project;
    private final List<RetortListener> listeners;
    /** The scratch databases operations hold right now (shared with the per-tenant copies). */
    private final java.util.Set<AutoCloseable> scratch;
    /** The runners of the runs in progress, for {@link #cancel()}. */
    private final java.util.Set<MigrationRunner> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Retort(RetortSettings settings, Connector database, Supplier<Connector> fallback, DatabaseUrl devServer,
           ClassLoader classLoader, List<RetortListener> listeners, java.util.Map<String, String> environment) {
        this(settings, new RetortProject(settings, database, fallback, devServer, classLoader, environment), listeners,
                java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    private Retort(RetortSettings settings, RetortProject project, List<RetortListener> listeners,
                   java.util.Set<AutoCloseable> scratch) {
        this.settings = settings;
        this.project = project;
        this.listeners = listeners;
        this.scratch = scratch;
    }

    /**
     * Starts a configuration: defaults, which {@code retort.toml}, environment variables and the configuration's
     * methods override.
     *
     * @return a new configuration
     */
    public static RetortConfiguration configure() {
        return new RetortConfiguration();
    }

    /**
     * The settings this Retort uses.
     *
     * @return the settings
     */
    public RetortSettings settings() {
        return settings;
    }

    /**
     * The same Retort with another version schema: for schema-per-tenant databases, where each tenant's schema
     * holds its own {@code retort_version} and {@code retort_history}. Runs of different tenants do not wait for
     * each other.
     *
     * @param schema the tenant's version schema
     * @return a Retort for that tenant
     */
    public Retort withVersionSchema(String schema) {
        RetortSettings s = settings.withVersionSchema(schema);
        return new Retort(s, project.withVersionSchema(schema), listeners, scratch);
    }

    // ---- runs ---------------------------------------------------------------------------------------------------

    /**
     * Applies every revision up to the head, as {@code retort upgrade} does; refused when the migrations have
     * several heads (unmerged branches: merge them, or {@code upgrade("heads")}).
     *
     * @return what ran
     */
    public RunResult upgrade() {
        return upgrade("head");
    }

    /**
     * Applies revisions up to {@code target}.
     *
     * @param target {@code head}, {@code heads}, a revision id or prefix, a branch label, {@code label@head},
     *               {@code +N}, {@code REV+N}
     * @return what ran
     */
    public RunResult upgrade(String target) {
        RevisionTarget t = RevisionTarget.parse(target);
        return run("upgrade", (runner) -> {
            dev.retort.project.Adoption.requireStampedOrEmpty(project.database(), project.versionTable(),
                    project.declaredScope());
            return runner.upgrade(t);
        });
    }

    /**
     * Reverts revisions down to {@code target}.
     *
     * @param target {@code base}, a revision id or prefix, {@code -N}, {@code REV-N}, {@code label@base}...
     * @return what ran
     */
    public RunResult downgrade(String target) {
        RevisionTarget t = RevisionTarget.parse(target);
        return run("downgrade", (runner) -> runner.downgrade(t));
    }

    /**
     * Sets the version table to {@code target} without running any revision's SQL.
     *
     * @param target as for {@link #upgrade(String)}, or {@code base}
     * @return the heads before and after, and the revisions stamped or unstamped
     */
    public RunResult stamp(String target) {
        RevisionTarget t = RevisionTarget.parse(target);
        return run("stamp", (runner) -> runner.stamp(t));
    }

    /**
     * Finishes a {@code -- migrate:no-transaction} revision a run left halfway (Alembic users know this as fixing
     * by hand): runs its statements after the last one the journal recorded as finished, then records it.
     *
     * @param revision the interrupted revision (id, prefix or label)
     * @return what ran
     */
    public RunResult resume(String revision) {
        return run("resume", (runner) -> runner.resume(revision));
    }

    /**
     * Accepts on purpose the edited files of applied revisions (Flyway's {@code repair}); runs no migration SQL.
     *
     * @param revisions the revisions to accept (ids, prefixes or labels)
     * @return the revisions whose new checksum was recorded
     */
    public RepairResult repair(String... revisions) {
        return operation("repair", events -> new RepairResult(
                project.runner(project.transactionMode(), events).repair(List.of(revisions), false)));
    }

    /**
     * Accepts every applied revision whose file changed.
     *
     * @return the revisions whose new checksum was recorded
     */
    public RepairResult repairAll() {
        return operation("repair", events -> new RepairResult(
                project.runner(project.transactionMode(), events).repair(List.of(), true)));
    }

    /**
     * Where the database is: its current revisions, the heads, what an upgrade would run, and its history.
     *
     * @return the information; nothing is written (the version tables are not created)
     */
    public InfoResult info() {
        return operation("info", events -> {
            RevisionGraph graph = project.graph();
            MigrationRunner runner = project.runner(project.transactionMode(), events);
            List<String> current = runner.current();
            List<InfoResult.Interrupted> interrupted = runner.interrupted().stream()
                    .map(e -> new InfoResult.Interrupted(e.revision(), e.direction().sqlName(), e.finished(),
                            e.statements(), e.startedAt(), e.startedBy()))
                    .toList();
            List<RevisionInfo> pending = new ArrayList<>();
            List<String> known = current.stream().filter(graph::contains).toList();
            if (known.size() == current.size()) {
                RevisionPath path = RevisionPath.upgrade(graph, current,
                        graph.upgradeGoal(RevisionTarget.parse("heads"), current));
                for (RevisionPath.Step step : path.steps()) {
                    pending.add(info(graph, step.script()));
                }
            }
            List<InfoResult.HistoryEntry> history = History.read(project.database(), project.versionTable());
            return new InfoResult(current, graph.heads(), pending, history,
                    states(graph, current, pending, history, interrupted), interrupted);
        });
    }

    /**
     * Whether the database is at head and matches the declared schema.
     *
     * @return what differs, if anything
     */
    public CheckResult check() {
        return check(false);
    }

    /**
     * Replays every migration into a scratch database (on the dev server, else the database's server) and checks
     * that it matches the declared schema: a CI gate that needs no target database.
     *
     * @return what differs, if anything
     */
    public CheckResult checkReplay() {
        return check(true);
    }

    private CheckResult check(boolean replay) {
        return operation("check", events -> {
            Check.Outcome o = project.check(replay, null, events.details());
            return new CheckResult(o.applied(), o.heads(), o.atHead(), changes(o.drift()), o.drift().skippedSummary());
        });
    }

    /**
     * Lints revisions written by hand: each is replayed on a scratch database (on the dev server, else the database's
     * server) built at its parent, and what it actually changed is reported with the statement responsible: data
     * loss, table rewrites, indexes built or dropped without {@code CONCURRENTLY}, constraints validated under a
     * lock, a missing downgrade, a downgrade that fails or does not restore the schema before. The configured
     * database is not touched.
     *
     * @param revisions the revisions to lint (ids, unique prefixes or branch labels); none lints every revision
     * @return what was found
     */
    public LintResult lint(String... revisions) {
        return operation("lint", events -> project.lint(List.of(revisions), null, events.details()));
    }

    /**
     * Writes a revision whose upgrade takes the database (which must be at head) to the declared schema and whose
     * downgrade is its exact reverse, both first proven on a dev database. An upgrade with hazards that are not
     * allowed ({@code data-loss}, {@code table-rewrite}: see {@link RetortConfiguration#allowHazards}) is refused,
     * naming each statement; the allowed ones it has are written into the header ({@code Allowed Hazards:}).
     *
     * @param message what the revision does
     * @return the files written (none when nothing differs) and their statements
     */
    public AutogenerateResult autogenerate(String message) {
        return autogenerate(message, AutogenerateOptions.DEFAULTS);
    }

    /**
     * As {@link #autogenerate(String)}, with options.
     *
     * @param message what the revision does
     * @param options revision id, verification, empty revisions
     * @return the files written and their statements
     */
    public AutogenerateResult autogenerate(String message, AutogenerateOptions options) {
        return operation("autogenerate", events -> {
            Autogenerate.Outcome o = project.autogenerate(message, options.revisionId(), options.verify(),
                    options.allowEmpty(), null, events.details());
            return new AutogenerateResult(o.written(), changes(o.upgrade()), changes(o.downgrade()), o.verified());
        });
    }

    /**
     * Options of {@link #autogenerate(String, AutogenerateOptions)}.
     *
     * @param revisionId the new revision's id, or null for a random one
     * @param verify     whether to prove the upgrade and downgrade on a dev database first
     * @param allowEmpty whether to write a revision when nothing differs
     */
    public record AutogenerateOptions(String revisionId, boolean verify, boolean allowEmpty) {
        /** A random id, verified, nothing written when nothing differs. */
        public static final AutogenerateOptions DEFAULTS = new AutogenerateOptions(null, true, false);
    }

    /**
     * Adopts a database Retort has not run on: writes a first revision whose upgrade creates its current schema
     * (what the configured scope owns; other tools' bookkeeping tables never) in dependency order and whose
     * downgrade drops it, both proven on a scratch database first; fills the declared schema folder with the same
     * schema when it declares nothing yet; and stamps the database at the revision.
     *
     * @param options message, id, whether to stamp
     * @return the files written and whether the database was stamped
     */
    public BaselineResult baseline(BaselineOptions options) {
        return operation("baseline", events -> {
            dev.retort.project.Baseline.Outcome o = project.baseline(new dev.retort.project.Baseline.Options(
                    options.message(), options.revisionId(), options.stamp(), options.writeSchema()),
                    events.details());
            return new BaselineResult(o.revision(), o.file(), o.schemaFiles(), changes(o.upgrade()),
                    changes(o.downgrade()), o.stamped());
        });
    }

    /**
     * Adopts a database Flyway manages: reads {@code flyway_schema_history} and the migration files of
     * {@code options.locations()}; writes a baseline of the live schema (or, with {@code chain}, one revision per
     * versioned migration and one for the repeatable ones, proven by replaying them into a scratch database);
     * records Flyway's history in {@code retort_history} as {@code import} rows; stamps the database. Flyway's table
     * stays, out of scope.
     *
     * @param options locations, mode, stamping
     * @return what was written, stamped and imported
     */
    public ImportResult importFlyway(FlywayImportOptions options) {
        return operation("import", events -> project.importFlyway(new dev.retort.project.FlywayImport.Options(
                options.locations().stream().map(l -> Location.parse(l, settings.baseDirectory())).toList(),
                options.table(), options.chain(), options.message(), options.stamp(), options.writeSchema()),
                events.details()));
    }

    /**
     * Adopts a database Liquibase manages, as {@link #baseline} does; each row of {@code databasechangelog} is
     * recorded in {@code retort_history} as an {@code import} row. The changelog files are not read: changesets
     * Liquibase has not run yet are not seen ({@code liquibase update} first).
     *
     * @param message the baseline's message, or null
     * @param stamp   whether to stamp the database and record the changelog (false: write the files only)
     * @return what was written, stamped and imported
     */
    public ImportResult importLiquibase(String message, boolean stamp) {
        return operation("import", events -> project.importLiquibase(message, stamp, true, events.details()));
    }

    /**
     * The statements that turn {@code from} into {@code to}; only what the configured scope owns is compared.
     * Objects that exist are changed with the online recipes unless {@code [plan] online} is false, and a plan
     * with hazards that are not allowed ({@code data-loss}, {@code table-rewrite}: see
     * {@link RetortConfiguration#allowHazards}) is refused with a {@link RetortException} naming each statement.
     *
     * @param from the schema as it is
     * @param to   the schema as wanted
     * @return the statements, in order
     */
    public DiffResult diff(SchemaSource from, SchemaSource to) {
        return diff(from, to, false);
    }

    /**
     * As {@link #diff(SchemaSource, SchemaSource)}; with {@code verify}, the plan and its reverse are first proven
     * on a dev database, and a plan that does not reach its target is refused.
     *
     * @param from   the schema as it is
     * @param to     the schema as wanted
     * @param verify whether to prove the plan first
     * @return the statements, in order
     */
    public DiffResult diff(SchemaSource from, SchemaSource to, boolean verify) {
        return operation("diff", events -> {
            MigrationPlan plan = Schemas.diff(side(from), side(to), project.declaredScope(),
                    project.devServerUrl(), verify, project.snapshotCache(), new MigrationPlanner(project.settings().online()),
                    HazardPolicy.allowing(project.settings().allowHazards()), events.details());
            return new DiffResult(changes(plan), plan.toSql(), plan.skippedSummary());
        });
    }

    /**
     * Reads the database's schema (the configured schemas) from PostgreSQL's catalogs.
     *
     * @return the schema
     */
    public InspectResult inspect() {
        return operation("inspect", events -> new InspectResult(
                Schemas.inspect(project.database(), project.declaredScope().inspection())));
    }

    /**
     * Drops the scratch databases this Retort's operations (and its {@link #withVersionSchema} copies') still hold:
     * those of an operation running on another thread, which then fails. Every operation releases its own before
     * it returns, so a Retort holds nothing between calls; Retort registers no shutdown hook, so an application
     * stopping mid-operation (or a shutdown hook of its own) calls this. Errors are reported as events.
     */
    @Override
    public void close() {
        for (AutoCloseable db : List.copyOf(scratch)) {
            try {
                db.close();
            } catch (Exception e) {
                new Events(listeners, describeDatabase(), true, scratch).accept(String.valueOf(e.getMessage()));
            }
        }
    }

    /**
     * The major version of the database's server, e.g. 17.
     *
     * @return the major version
     */
    public int serverMajorVersion() {
        return Schemas.serverMajor(project.database());
    }

    /**
     * The revisions the database is at, read from its version table (empty when none is applied); writes nothing.
     *
     * @return the current revisions
     */
    public List<String> current() {
        return operation("current", events -> project.runner(project.transactionMode(), events).current());
    }

    // ---- the revision graph (no database) ---------------------------------------------------------------------

    /**
     * Creates {@code retort.toml}, {@code migrations/} and {@code schema/} in {@code directory}.
     *
     * @param directory the project directory (created if missing)
     * @return the files and directories created
     */
    public static List<java.nio.file.Path> init(java.nio.file.Path directory) {
        return RetortProject.init(directory);
    }

    /**
     * The revisions of a range, newest first.
     *
     * @param range {@code FROM:TO} (either end may be left out, both inclusive), one target, or null for all
     * @return the revisions
     */
    public List<RevisionInfo> history(String range) {
        RevisionGraph graph = project.graph();
        return project.history(range).stream().map(s -> info(graph, s)).toList();
    }

    /**
     * The heads of the revision graph; more than one means unmerged branches.
     *
     * @return the heads
     */
    public List<RevisionInfo> heads() {
        RevisionGraph graph = project.graph();
        return graph.heads().stream().map(id -> info(graph, graph.get(id))).toList();
    }

    /**
     * The revisions with more than one child.
     *
     * @return the branch points
     */
    public List<RevisionInfo> branchPoints() {
        RevisionGraph graph = project.graph();
        return graph.branchPoints().stream().map(id -> info(graph, graph.get(id))).toList();
    }

    /**
     * The revisions a target names ({@code head}, an id or prefix, a label, {@code label@head}...).
     *
     * @param target the target
     * @return the revisions, in graph order
     */
    public List<RevisionInfo> revisions(String target) {
        RevisionGraph graph = project.graph();
        return graph.sorted(graph.goal(RevisionTarget.parse(target))).stream()
                .map(id -> info(graph, graph.get(id))).toList();
    }

    /**
     * One revision by id, prefix or label; null when an id is not in the migrations (a revision the database is
     * at but whose file is gone).
     *
     * @param reference an id, prefix or label
     * @return the revision, or null
     */
    public RevisionInfo revision(String reference) {
        RevisionGraph graph = project.graph();
        return graph.contains(reference) ? info(graph, graph.get(reference)) : null;
    }

    /**
     * Writes a new, empty revision file (in the first filesystem migrations location).
     *
     * @param revision its message, parent, labels...
     * @return the file written
     */
    public java.nio.file.Path newRevision(NewRevision revision) {
        return project.newRevision(new RetortProject.NewRevision(revision.message(), revision.head(),
                revision.branchLabels(), revision.dependsOn(), revision.revisionId(), revision.splice()));
    }

    /**
     * Writes a merge revision joining {@code revisions} ({@code heads} for every head).
     *
     * @param message    what the merge is for
     * @param revisions  the revisions to join
     * @param revisionId its id, or null for a random one
     * @return the file written
     */
    public java.nio.file.Path merge(String message, List<String> revisions, String revisionId) {
        return project.merge(message, revisions, revisionId);
    }

    /**
     * The SQL an upgrade would run, without connecting: from base, or from {@code FROM} when the range is
     * {@code FROM:TO}.
     *
     * @param range {@code TO} or {@code FROM:TO}
     * @return the script, version-table writes included
     */
    public String upgradeSql(String range) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (java.io.PrintWriter w = new java.io.PrintWriter(out)) {
            project.offlineUpgrade(range, project.transactionMode(), w);
        }
        return out.toString();
    }

    /**
     * The SQL a downgrade would run, without connecting.
     *
     * @param range {@code FROM:TO}, e.g. {@code head:base}
     * @return the script, version-table writes included
     */
    public String downgradeSql(String range) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (java.io.PrintWriter w = new java.io.PrintWriter(out)) {
            project.offlineDowngrade(range, project.transactionMode(), w);
        }
        return out.toString();
    }

    /**
     * Cancels the upgrades, downgrades and stamps this Retort is running (on other threads): the statement running
     * is cancelled on the server, the run rolls back what its transaction did and fails saying so. For Ctrl-C
     * handlers and application shutdown.
     */
    public void cancel() {
        for (MigrationRunner runner : List.copyOf(running)) {
            runner.cancel();
        }
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private interface Work<T> {
        T run(Events events);
    }

    private <T> T operation(String name, Work<T> work) {
        Events events = new Events(listeners, describeDatabase(), false, scratch);
        long start = System.nanoTime();
        events.send(new RetortEvent.RunStarted(name, describeDatabase()));
        T result = work.run(events);
        events.send(new RetortEvent.RunFinished(name, Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    private RunResult run(String name, Function<MigrationRunner, MigrationRunner.RunResult> work) {
        long start = System.nanoTime();
        Events[] holder = new Events[1];
        MigrationRunner.RunResult r = operation(name, events -> {
            holder[0] = events;
            MigrationRunner runner = project.runner(project.transactionMode(), events);
            running.add(runner);
            try {
                return work.apply(runner);
            } finally {
                running.remove(runner);
            }
        });
        List<RunResult.RevisionRun> runs = holder[0].finished();
        if (name.equals("stamp")) {
            java.util.Set<String> applied = project.graph().ancestorsOf(r.headsAfter());
            runs = r.revisions().stream().map(id -> new RunResult.RevisionRun(id,
                    applied.contains(id) ? "stamp" : "unstamp", Duration.ZERO)).toList();
        }
        return new RunResult(name, r.headsBefore(), r.headsAfter(), runs, Duration.ofNanos(System.nanoTime() - start));
    }

    private String describeDatabase() {
        Connector c = project.configuredDatabase();
        return c == null ? "the default database" : c.toString();
    }

    private DiffSide side(SchemaSource source) {
        if (source instanceof SchemaSource.Database) {
            return new DiffSide.Live(project.database());
        }
        if (source instanceof SchemaSource.Url u) {
            try {
                return new DiffSide.Live(project.libpq().complete(DatabaseUrl.parse(u.url())));
            } catch (IllegalArgumentException e) {
                throw new RetortException(e.getMessage());
            }
        }
        if (source instanceof SchemaSource.DataSourceDatabase d) {
            return new DiffSide.Live(Connector.of(d.dataSource()));
        }
        SchemaSource.Declared declared = (SchemaSource.Declared) source;
        if (declared.locations().isEmpty()) {
            return new DiffSide.Declared(project.declaredSchema(), "the declared schema");
        }
        List<Location> locations = declared.locations().stream()
                .map(l -> Location.parse(l, settings.baseDirectory())).toList();
        return new DiffSide.Declared(project.declaredSchema(locations), String.join(", ", declared.locations()));
    }

    private static List<RevisionState> states(RevisionGraph graph, List<String> current, List<RevisionInfo> pending,
                                              List<InfoResult.HistoryEntry> history,
                                              List<InfoResult.Interrupted> interrupted) {
        java.util.Set<String> halfway = new java.util.HashSet<>(interrupted.stream().map(InfoResult.Interrupted::revision)
                .toList());
        java.util.Set<String> applied = graph.ancestorsOf(current.stream().filter(graph::contains).toList());
        java.util.Set<String> toRun = new java.util.HashSet<>(pending.stream().map(RevisionInfo::id).toList());
        java.util.Map<String, InfoResult.HistoryEntry> last = new java.util.HashMap<>();
        for (InfoResult.HistoryEntry e : history) {
            if (List.of("upgrade", "stamp", "repair").contains(e.direction())) {
                last.put(e.revision(), e);
            }
        }
        List<RevisionState> out = new ArrayList<>();
        for (String id : graph.sorted(new java.util.LinkedHashSet<>(graph.revisions().stream()
                .map(RevisionScript::id).toList()))) {
            RevisionScript s = graph.get(id);
            InfoResult.HistoryEntry e = applied.contains(id) ? last.get(id) : null;
            String state = halfway.contains(id) ? "interrupted" : applied.contains(id) ? "applied"
                    : toRun.contains(id) ? "pending" : "not applied";
            String checksum = e == null || e.checksum() == null ? "none"
                    : e.checksum().equals(s.checksum()) ? "ok" : "changed";
            out.add(new RevisionState(id, s.summary(), state, e == null ? null : e.appliedAt(),
                    e == null || !e.direction().equals("upgrade") ? null : e.took(), checksum, s.file().toString()));
        }
        for (String id : current) {
            if (!graph.contains(id)) {
                InfoResult.HistoryEntry e = last.get(id);
                out.add(new RevisionState(id, "", "unknown", e == null ? null : e.appliedAt(), null, "none", null));
            }
        }
        return out;
    }

    private static RevisionInfo info(RevisionGraph graph, RevisionScript s) {
        return new RevisionInfo(s.id(), s.parents(), graph.children(s.id()), s.branchLabels(), s.dependsOn(),
                s.message(), s.createDate(), s.file().toString(), s.transactional(), s.upgrade().size(),
                s.downgrade().size(), s.reversible(), s.checksum());
    }

    static List<Change> changes(MigrationPlan plan) {
        List<Change> out = new ArrayList<>();
        for (PlannedStatement s : plan.statements()) {
            out.add(new Change(s.object().toString(), s.action().name().toLowerCase(Locale.ROOT), s.sql(),
                    s.hazards().stream().map(h -> h.label()).toList(), s.transactional()));
        }
        return out;
    }
}
