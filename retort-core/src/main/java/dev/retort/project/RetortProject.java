package dev.retort.project;

import dev.retort.RetortSettings;
import dev.retort.connection.Connector;
import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.EntityDeclarations;
import dev.retort.declared.SchemaDefinitions;
import dev.retort.declared.SqlFolder;
import dev.retort.cache.SnapshotCache;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.connection.DatabaseUrl;
import dev.retort.connection.LibpqEnvironment;
import dev.retort.revision.RevisionException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.revision.RevisionTarget;
import dev.retort.revision.ScriptParser;
import dev.retort.revision.ScriptTemplate;
import dev.retort.runner.RevisionPath;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.OfflineScript;
import dev.retort.runner.RunSettings;
import dev.retort.runner.TransactionMode;
import dev.retort.runner.VersionTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The project operations behind {@link dev.retort.Retort}: its settings, its revision files and graph, runners and
 * declared builds on its database. Each method does one operation's work and returns data; reporting is through
 * the {@code log} it is given.
 */
public final class RetortProject {
    private final RetortSettings settings;
    private final Connector database;
    private final Supplier<Connector> fallback;
    private final DatabaseUrl devServer;
    private final ClassLoader classLoader;
    private final Map<String, String> environment;
    /** {@code --owners} / {@code --no-owners}: over {@code [schema] owners}; null when not given. */
    private Boolean ownersOverride;

    /**
     * @param database    the database, or null for the one the settings' URL (else libpq's variables) names
     * @param fallback    asked for a database when nothing names one (the CLI starts an embedded server); may be null
     * @param devServer   where to build declared schemas, or null for the settings' dev URL, else the database's server
     * @param classLoader where {@code classpath:} locations are read
     */
    public RetortProject(RetortSettings settings, Connector database, Supplier<Connector> fallback,
                         DatabaseUrl devServer, ClassLoader classLoader) {
        this(settings, database, fallback, devServer, classLoader, System.getenv());
    }

    /** @param environment where libpq's {@code PG*} variables are read (tests and embedding applications pass their own) */
    public RetortProject(RetortSettings settings, Connector database, Supplier<Connector> fallback,
                         DatabaseUrl devServer, ClassLoader classLoader, Map<String, String> environment) {
        this.settings = settings;
        this.database = database;
        this.fallback = fallback;
        this.devServer = devServer;
        this.classLoader = classLoader;
        this.environment = Map.copyOf(environment);
    }

    /** The settings. */
    public RetortSettings settings() {
        return settings;
    }

    /** The same project reading libpq's {@code PG*} variables from {@code env}. */
    public RetortProject withEnvironment(Map<String, String> env) {
        return new RetortProject(settings, database, fallback, devServer, classLoader, env);
    }

    /** The same project with another version schema (one tenant's). */
    public RetortProject withVersionSchema(String schema) {
        return new RetortProject(settings.withVersionSchema(schema), database, fallback, devServer, classLoader,
                environment);
    }

    /** Creates {@code retort.toml}, {@code migrations/} and {@code schema/} in {@code directory}; returns what it created. */
    public static List<Path> init(Path directory) {
        Path file = directory.resolve(ConfigFile.FILE_NAME);
        List<Path> created = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            try {
                Files.writeString(file, ConfigTemplate.TEXT, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                throw new RetortException(file + " already exists: this directory is already a Retort project");
            }
            created.add(file);
            for (Path dir : List.of(directory.resolve("migrations"), directory.resolve("schema"))) {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir);
                    created.add(dir);
                }
            }
        } catch (IOException e) {
            throw new RetortException("cannot create the project in " + directory + ": " + e.getMessage(), e);
        }
        return created;
    }

    // ---- declared schema ------------------------------------------------------------------------------------

    /**
     * What the project declares: the {@code .sql} files of its schema locations, then what its entity classes map
     * (through the entity module on the classpath), then what its SchemaDefinition classes add (named in the
     * settings, or found through ServiceLoader).
     */
    public DeclaredSchema declaredSchema() {
        return declaredSchema(settings.schemaLocations());
    }

    /** The {@code .sql} files of {@code locations}, plus the configured entities and SchemaDefinition classes. */
    public DeclaredSchema declaredSchema(List<dev.retort.Location> locations) {
        Map<String, String> entitySettings = new java.util.HashMap<>(Map.of(
                "schemas", String.join(",", settings.schemas()),
                "exclude_schemas", String.join(",", settings.excludeSchemas())));
        if (settings.entityNaming() != null) {
            entitySettings.put("naming", settings.entityNaming());
        }
        DeclaredSchema declared = Locations.declared(locations, classLoader)
                .plus(EntityDeclarations.load(classLoader, settings.definitionClasspath(), settings.entities(),
                        entitySettings, settings.baseDirectory()))
                .plus(SchemaDefinitions.load(classLoader, settings.definitionClasspath(), settings.definitions()));
        return settings.keepLiveNames() ? declared : declared.ignoringGeneratedNames();
    }

    /** The dev server of the construction or the settings; null for the database's own server. */
    public DatabaseUrl devServerUrl() {
        return devServer(null);
    }

    /** The rename hints of the settings ({@code [renames]}); those in the declared SQL come with its build. */
    public List<dev.retort.declared.RenameHint> renameHints() {
        return RenamedPlans.configured(settings.renames());
    }

    /** The scope the declaration owns, from the settings; Retort's version tables are never in it. */
    public DeclaredScope declaredScope() {
        List<String> exclude = new ArrayList<>(settings.excludeTables());
        exclude.addAll(settings.exclude());
        return new DeclaredScope(settings.schemas(), settings.excludeSchemas(),
                DeclaredScope.parseKinds(settings.kinds()), settings.versionSchema(),
                settings.owners() == null || settings.owners(), exclude);
    }

    /**
     * The snapshot of the declared schema as it would be in the project's database, built in a dev database
     * ({@code devServer}, else the configured one, else the database's own server).
     */
    public CatalogSnapshot declaredSnapshot(DatabaseUrl devServer, Consumer<String> log) {
        try (DeclaredSnapshots.Built built = buildDeclared(devServer, log)) {
            return built.snapshot();
        }
    }

    /**
     * As {@link #declaredSnapshot}, keeping the dev session open until the result is closed; read from the
     * snapshot cache (no session) when the declaration has not changed.
     */
    public DeclaredSnapshots.Built buildDeclared(DatabaseUrl devServer, Consumer<String> log) {
        return buildDeclared(devServer, snapshotCache(), log);
    }

    /** As {@link #buildDeclared(DatabaseUrl, Consumer)}, through {@code cache}. */
    public DeclaredSnapshots.Built buildDeclared(DatabaseUrl devServer, SnapshotCache cache, Consumer<String> log) {
        DatabaseUrl dev = devServer(devServer); // a bad dev server is said before anything is read
        return Schemas.buildDeclared(declaredSchema(), database(), dev, declaredScope(), cache, log);
    }

    /** As {@link #buildDeclared(DatabaseUrl, SnapshotCache, Consumer)}, of a declaration already read. */
    DeclaredSnapshots.Built buildDeclared(DatabaseUrl devServer, SnapshotCache cache, DeclaredSchema declared,
                                          Consumer<String> log) {
        DatabaseUrl dev = devServer(devServer);
        return Schemas.buildDeclared(declared, database(), dev, declaredScope(), cache, log);
    }

    /**
     * The declared schema read and rendered for the database's major on a thread of its own, started now: entity
     * declarations build their ORM's model there (seconds, mostly class loading) while the caller reads the
     * database. The thread keeps the caller's context class loader, which ORMs look classes up with.
     */
    CompletableFuture<DeclaredSchema> declaredSchemaAhead() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        CompletableFuture<DeclaredSchema> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                DeclaredSchema declared = declaredSchema();
                future.complete(declared.perServer().isEmpty() ? declared
                        : declared.forServer(Schemas.serverMajor(database())));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "retort-declared-schema");
        thread.setContextClassLoader(context);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** The value of a future of {@link #declaredSchemaAhead}, its failure thrown as it was. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The snapshot cache the settings ask for ({@code [dev] cache}, {@code cache_directory}, {@code cache_size}). */
    public SnapshotCache snapshotCache() {
        return !settings.cache() ? SnapshotCache.NONE
                : SnapshotCache.in(settings.cachePath(), (long) settings.cacheSize() << 20);
    }

    /** {@code override}, else the dev server given at construction, else the settings' dev URL, else null. */
    DatabaseUrl devServer(DatabaseUrl override) {
        if (override != null) {
            return override;
        }
        if (devServer != null) {
            return devServer;
        }
        String configured = settings.devUrl();
        if (configured == null || configured.isBlank()) {
            return null;
        }
        if (configured.startsWith("embedded")) {
            throw new RetortException("dev url \"" + configured + "\" is started by the command line; library "
                    + "callers pass the embedded server's URL (devUrl)");
        }
        try {
            return libpq().complete(DatabaseUrl.parse(configured));
        } catch (IllegalArgumentException e) {
            throw new RetortException("dev url: " + e.getMessage());
        }
    }

    /** The revision graph of the migrations locations. */
    public RevisionGraph graph() {
        return Locations.graph(settings.migrations(), classLoader);
    }

    /** The version table in the settings' version schema. */
    public VersionTable versionTable() {
        return new VersionTable(settings.versionSchema());
    }

    /**
     * The database: the one given, else the settings' URL, else libpq's {@code PGHOST}/{@code PGDATABASE}
     * variables, else the fallback; a password missing from a URL comes from {@code PGPASSWORD} or
     * {@code ~/.pgpass}.
     */
    public Connector database() {
        Connector c = configuredDatabase();
        if (c == null && fallback != null) {
            c = fallback.get();
        }
        if (c == null) {
            throw new RetortException("no database: pass --url postgresql://user@host:port/database, set "
                    + "RETORT_URL, set url under [database] in retort.toml, or give a DataSource or URL in code");
        }
        return c;
    }

    /**
     * The database named by code, settings or libpq's variables, or null when none is. A URL set but empty
     * ({@code --url ''}, {@code RETORT_URL=}, {@code url = ""}) is an error, not "nothing configured": an unset
     * variable in a script must not send the run to another database.
     */
    public Connector configuredDatabase() {
        if (database != null) {
            return database;
        }
        LibpqEnvironment libpq = libpq();
        String url = settings.url();
        try {
            if (url == null) {
                DatabaseUrl fromLibpq = libpq.database();
                return fromLibpq == null ? null : Connector.of(libpq.complete(fromLibpq));
            }
            if (url.isBlank()) {
                throw new RetortException("the database URL (--url, RETORT_URL or url under [database]) is set but "
                        + "empty: give a database URL (postgresql://user@host:port/database), or leave it unset");
            }
            return Connector.of(libpq.complete(DatabaseUrl.parse(url)));
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage());
        }
    }

    /** libpq's variables and password file, from this project's environment. */
    public LibpqEnvironment libpq() {
        return new LibpqEnvironment(environment, Path.of(System.getProperty("user.home")));
    }

    /** How long migration runs may wait: the settings' timeouts and retries. */
    public RunSettings runSettings() {
        try {
            return new RunSettings(settings.lockTimeout(), settings.statementTimeout(), settings.lockRetries(),
                    settings.advisoryLockTimeout());
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage());
        }
    }

    /** A runner with the project's {@link #runSettings()}. */
    public MigrationRunner runner(TransactionMode mode, Consumer<String> log) {
        return runner(mode, runSettings(), log);
    }

    /** A runner with {@code runSettings}. */
    public MigrationRunner runner(TransactionMode mode, RunSettings runSettings, Consumer<String> log) {
        return new MigrationRunner(database(), graph(), versionTable(), mode, runSettings, log);
    }

    /** The settings' transaction mode, as the runner's. */
    public TransactionMode transactionMode() {
        return settings.transactionMode() == RetortSettings.TransactionMode.PER_REVISION
                ? TransactionMode.PER_REVISION : TransactionMode.ALL;
    }

    /**
     * Compares the database (or, with {@code replay}, a scratch database every migration is replayed into) with
     * the declared schema; the declaration is built on {@code devServer}, else the configured one, else the
     * database's own server.
     */
    public Check.Outcome check(boolean replay, DatabaseUrl devServer, Consumer<String> log) {
        return new Check(this).run(replay, devServer(devServer), log);
    }

    /**
     * Replays the revisions on a scratch database ({@code devServer}, else the configured one, else the database's
     * own server) and reports what each named one (all when none is) risks; see {@link Lint}.
     */
    public dev.retort.LintResult lint(java.util.Collection<String> revisions, DatabaseUrl devServer,
                                      Consumer<String> log) {
        return new Lint(this).run(revisions, devServer(devServer), log);
    }

    /**
     * Writes the revision(s) that take the database (which must be at head) to the declared schema. Unless
     * {@code verify} is false, the upgrade and downgrade are first proven on a scratch database.
     */
    public Autogenerate.Outcome autogenerate(String message, String revisionId, boolean verify, boolean allowEmpty,
                                             DatabaseUrl devServer, Consumer<String> log) {
        if (message == null || message.isBlank()) {
            throw new RetortException("a revision needs a message: -m \"what it does\"");
        }
        return new Autogenerate(this).run(new Autogenerate.Options(message, revisionId, verify, allowEmpty,
                devServer(devServer)), log);
    }

    /** Writes a baseline revision of the database's current schema, and stamps the database at it unless told not to. */
    public Baseline.Outcome baseline(Baseline.Options options, Consumer<String> log) {
        return new Baseline(this).run(options, log);
    }

    /** Adopts a Flyway-managed database: a baseline, or one revision per Flyway migration; Flyway's history imported. */
    public dev.retort.ImportResult importFlyway(FlywayImport.Options options, Consumer<String> log) {
        return new FlywayImport(this).run(options, log);
    }

    /** Adopts a Liquibase-managed database as a baseline; Liquibase's changelog imported. */
    public dev.retort.ImportResult importLiquibase(String message, boolean stamp, boolean writeSchema,
                                                   Consumer<String> log) {
        return new LiquibaseImport(this).run(message, stamp, writeSchema, log);
    }

    // ---- new revision files --------------------------------------------------------------------------------

    /** Options of {@code retort revision}; lists may be empty, revisionId and head null. */
    public record NewRevision(String message, String head, List<String> branchLabels, List<String> dependsOn,
                              String revisionId, boolean splice) {
    }

    /** Writes a new, empty revision file on top of the single head (or {@code head}); returns its path. */
    public Path newRevision(NewRevision options) {
        RevisionGraph graph = graph();
        List<String> parents;
        if (options.head() == null) {
            parents = graph.isEmpty() ? List.of() : List.of(graph.singleHead());
        } else if (options.head().equals("base")) {
            parents = List.of();
        } else {
            Set<String> named = graph.goal(RevisionTarget.parse(options.head()));
            if (named.size() != 1) {
                throw new RevisionException("--head " + options.head() + " names " + named.size() + " revisions; "
                        + "a new revision builds on one (use 'retort merge' to join several)");
            }
            String parent = named.iterator().next();
            if (!graph.children(parent).isEmpty() && !options.splice()) {
                throw new RevisionException("revision " + parent + " is not a head (its children: "
                        + String.join(", ", graph.children(parent)) + "); pass --splice to branch from it anyway");
            }
            parents = List.of(parent);
        }
        List<String> depends = new ArrayList<>();
        for (String ref : options.dependsOn()) {
            depends.add(graph.resolve(ref).id());
        }
        return write(graph, options.message(), options.revisionId(), parents, options.branchLabels(), depends);
    }

    /** Writes a merge revision whose parents are {@code references} ({@code heads} for every head). */
    public Path merge(String message, List<String> references, String revisionId) {
        RevisionGraph graph = graph();
        Set<String> parents = new LinkedHashSet<>();
        for (String ref : references) {
            parents.addAll(graph.goal(RevisionTarget.parse(ref)));
        }
        if (parents.size() < 2) {
            throw new RevisionException("a merge needs at least two revisions to join; " + (parents.isEmpty()
                    ? "none were given" : "only " + parents.iterator().next() + " was given"));
        }
        for (String parent : parents) {
            for (String other : parents) {
                if (graph.revises(other, parent)) {
                    throw new RevisionException(parent + " is already an ancestor of " + other
                            + ": there is nothing to merge between them");
                }
            }
        }
        return write(graph, message, revisionId, graph.sorted(parents), List.of(), List.of());
    }

    private Path write(RevisionGraph graph, String message, String revisionId, List<String> parents,
                       List<String> labels, List<String> depends) {
        return write(graph, message, revisionId, parents, labels, depends, "", "", false);
    }

    /** Writes a revision file with its SQL, after checking that it parses and fits the graph. */
    Path write(RevisionGraph graph, String message, String revisionId, List<String> parents, List<String> labels,
               List<String> depends, String upgradeSql, String downgradeSql, boolean noTransaction) {
        return write(graph, message, revisionId, parents, labels, depends, upgradeSql, downgradeSql, noTransaction,
                List.of());
    }

    /**
     * As {@link #write(RevisionGraph, String, String, List, List, List, String, String, boolean)}, with the hazards
     * its plan needed allowed in an {@code Allowed Hazards:} header field, for review.
     */
    Path write(RevisionGraph graph, String message, String revisionId, List<String> parents, List<String> labels,
               List<String> depends, String upgradeSql, String downgradeSql, boolean noTransaction,
               List<String> allowedHazards) {
        if (message == null || message.isBlank()) {
            throw new RetortException("a revision needs a message: -m \"what it does\"");
        }
        String id = revisionId != null ? revisionId : ScriptTemplate.newRevisionId();
        if (!RevisionScript.isValidId(id)) {
            throw new RetortException("'" + id + "' is not a valid revision id (1-64 letters, digits or underscores; "
                    + "not head, heads or base)");
        }
        if (graph.contains(id)) {
            throw new RetortException("revision " + id + " already exists: " + graph.get(id).file());
        }
        for (String label : labels) {
            if (!RevisionScript.isValidId(label)) {
                throw new RetortException("'" + label + "' is not a valid branch label (letters, digits, underscores)");
            }
        }
        Path directory = settings.writableMigrations();
        if (directory == null) {
            throw new RetortException("new revisions are written to a filesystem migrations location, and "
                    + String.join(", ", settings.migrations().stream().map(Object::toString).toList())
                    + " has none: add one (filesystem:src/main/resources/db/migration)");
        }
        Path file = directory.resolve(ScriptTemplate.fileName(id, message));
        String text = ScriptTemplate.render(id, parents, labels, depends, message, LocalDateTime.now(), upgradeSql,
                downgradeSql);
        if (!allowedHazards.isEmpty()) {
            text = text.replaceFirst("\n\n-- migrate:upgrade\n", java.util.regex.Matcher.quoteReplacement(
                    "\n-- Allowed Hazards: " + String.join(", ", allowedHazards) + "\n\n-- migrate:upgrade\n"));
        }
        if (noTransaction) {
            text = text.replaceFirst("\n-- migrate:upgrade\n", "\n-- migrate:no-transaction\n-- migrate:upgrade\n");
        }
        // Check the file parses and fits the graph before writing it: a bad label must not leave a broken file.
        List<RevisionScript> all = new ArrayList<>(graph.revisions());
        all.add(ScriptParser.parse(file, text));
        RevisionGraph.of(all);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new RetortException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    // ---- offline --------------------------------------------------------------------------------------------

    /**
     * Prints the SQL of an upgrade without connecting: from base, or from {@code FROM} when the target is written
     * {@code FROM:TO} (offline there is no database to read the current revision from).
     */
    public RevisionPath offlineUpgrade(String range, TransactionMode mode, PrintWriter out) {
        RevisionGraph graph = graph();
        String[] parts = splitRange(range, false);
        List<String> start = parts[0] == null ? List.of() : graph.headsOf(graph.ancestorsOf(graph.goal(RevisionTarget.parse(parts[0]))));
        Set<String> goal = graph.upgradeGoal(RevisionTarget.parse(parts[1]), start);
        Set<String> from = graph.ancestorsOf(start);
        if (from.containsAll(graph.ancestorsOf(goal)) && !from.equals(graph.ancestorsOf(goal))) {
            throw new RevisionException("upgrade --sql " + range + " goes down (" + parts[1] + " is below " + parts[0]
                    + "): use 'downgrade --sql " + range + "'");
        }
        RevisionPath plan = RevisionPath.upgrade(graph, start, goal);
        OfflineScript.write(plan, versionTable(), mode, out);
        return plan;
    }

    /** Prints the SQL of a downgrade without connecting; the range must be {@code FROM:TO}. */
    public RevisionPath offlineDowngrade(String range, TransactionMode mode, PrintWriter out) {
        RevisionGraph graph = graph();
        String[] parts = splitRange(range, true);
        List<String> start = graph.headsOf(graph.ancestorsOf(graph.goal(RevisionTarget.parse(parts[0]))));
        Set<String> keep = graph.downgradeGoal(RevisionTarget.parse(parts[1]), start);
        if (!graph.ancestorsOf(start).containsAll(graph.ancestorsOf(keep))) {
            throw new RevisionException("downgrade --sql " + range + " goes up (" + parts[1] + " is not below "
                    + parts[0] + "): use 'upgrade --sql " + range + "'");
        }
        RevisionPath plan = RevisionPath.downgrade(graph, start, keep);
        OfflineScript.write(plan, versionTable(), mode, out);
        return plan;
    }

    private static String[] splitRange(String range, boolean fromRequired) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            if (fromRequired) {
                throw new RevisionException("offline downgrade needs a range FROM:TO (e.g. head:base or "
                        + "e2ba9d70fc4d:-1): without a database there is no current revision to start from");
            }
            return new String[] {null, range};
        }
        if (range.indexOf(':', colon + 1) >= 0) {
            throw new RevisionException("'" + range + "' is not a range FROM:TO");
        }
        return new String[] {range.substring(0, colon), range.substring(colon + 1)};
    }

    /**
     * The revisions of a {@code history -r} range, newest first: {@code [FROM]:[TO]} (either end may be omitted,
     * ends inclusive) or a single target; null or empty for all.
     */
    public List<RevisionScript> history(String range) {
        RevisionGraph graph = graph();
        Set<String> selected;
        if (range == null || range.isBlank()) {
            selected = new LinkedHashSet<>(graph.revisions().stream().map(RevisionScript::id).toList());
        } else {
            int colon = range.indexOf(':');
            String from = colon < 0 ? null : range.substring(0, colon).strip();
            String to = colon < 0 ? range.strip() : range.substring(colon + 1).strip();
            Set<String> upper = to.isEmpty() ? Set.copyOf(graph.revisions().stream().map(RevisionScript::id).toList())
                    : graph.ancestorsOf(graph.goal(RevisionTarget.parse(to)));
            selected = new LinkedHashSet<>(upper);
            if (from != null && !from.isEmpty()) {
                selected.retainAll(graph.descendantsOf(graph.goal(RevisionTarget.parse(from))));
            } else if (colon < 0) {
                selected.retainAll(graph.goal(RevisionTarget.parse(to)));
            }
        }
        List<RevisionScript> out = new ArrayList<>(graph.sorted(selected).stream().map(graph::get).toList());
        java.util.Collections.reverse(out);
        return out;
    }
}
