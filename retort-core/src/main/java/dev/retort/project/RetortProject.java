package dev.retort.project;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.SchemaDefinitions;
import dev.retort.declared.SqlFolder;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.connection.DatabaseUrl;
import dev.retort.connection.LibpqEnvironment;
import dev.retort.revision.RevisionDirectory;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The library façade the command line (and build plugins) call: a project's configuration, its revision files and
 * graph, and runners on its database. Each method does one command's work and returns data; printing is the
 * caller's job.
 */
public final class RetortProject {
    private final RetortConfig config;
    private final String urlOverride;
    private final Supplier<DatabaseUrl> fallback;
    private final Map<String, String> environment;
    /** {@code --owners} / {@code --no-owners}: over {@code [schema] owners}; null when not given. */
    private Boolean ownersOverride;

    private RetortProject(RetortConfig config, String urlOverride, Supplier<DatabaseUrl> fallback,
                          Map<String, String> environment) {
        this.config = config;
        this.urlOverride = urlOverride;
        this.fallback = fallback;
        this.environment = environment;
    }

    public static RetortProject open(RetortConfig config, String urlOverride) {
        return new RetortProject(config, urlOverride, null, System.getenv());
    }

    /**
     * The same project reading {@code RETORT_*} and libpq's {@code PG*} variables from {@code env} instead of the
     * process environment (tests and embedding applications pass their own).
     */
    public RetortProject withEnvironment(Map<String, String> env) {
        return new RetortProject(config, urlOverride, fallback, Map.copyOf(env));
    }

    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The same project, with a database to use when none is configured anywhere (the CLI passes one that starts
     * an embedded server under {@code .retort/}); asked for only when a command needs a database.
     */
    public RetortProject withFallbackDatabase(Supplier<DatabaseUrl> database) {
        return new RetortProject(config, urlOverride, database, environment);
    }

    /** Opens the project whose {@code retort.toml} is {@code configFile}; {@code urlOverride} (may be null) wins. */
    public static RetortProject open(Path configFile, String urlOverride) {
        return new RetortProject(RetortConfig.load(configFile), urlOverride, null, System.getenv());
    }

    public RetortConfig config() {
        return config;
    }

    /** Creates {@code retort.toml}, {@code migrations/} and {@code schema/} in {@code directory}; returns what it created. */
    public static List<Path> init(Path directory) {
        RetortConfig d = RetortConfig.defaults(directory);
        List<Path> created = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            try {
                Files.writeString(d.file(), RetortConfig.template(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                throw new RetortException(d.file() + " already exists: this directory is already a Retort project");
            }
            created.add(d.file());
            for (Path dir : List.of(d.migrationsDirectory(), d.schemaDirectory())) {
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

    /** The declared-schema settings of the configuration (none when the project has no file yet). */
    /** Overrides {@code [schema] owners} for this project object (the command line's --owners / --no-owners). */
    public RetortProject owners(Boolean owners) {
        this.ownersOverride = owners;
        return this;
    }

    public SchemaSettings schemaSettings() {
        return java.nio.file.Files.exists(config.file()) ? SchemaSettings.load(config.file()) : SchemaSettings.NONE;
    }

    /**
     * What the project declares: the {@code .sql} files of its schema folder (when it exists), then what its
     * SchemaDefinition classes add (named in the configuration, or found through ServiceLoader).
     */
    public DeclaredSchema declaredSchema() {
        SchemaSettings s = schemaSettings();
        DeclaredSchema files = java.nio.file.Files.isDirectory(config.schemaDirectory())
                ? SqlFolder.read(config.schemaDirectory()) : DeclaredSchema.EMPTY;
        return files.plus(SchemaDefinitions.load(s.classpath(), s.definitions()));
    }

    /** The scope the declaration owns, from the configuration; Retort's version tables are never in it. */
    public DeclaredScope declaredScope() {
        SchemaSettings s = schemaSettings();
        return new DeclaredScope(s.schemas(), s.excludeSchemas(), DeclaredScope.parseKinds(s.kinds()),
                config.versionSchema(), ownersOverride != null ? ownersOverride : s.owners());
    }

    /**
     * The snapshot of the declared schema as it would be in the project's database, built in a dev database
     * ({@code devServer}, else the configuration's {@code [dev] url}, else the database's own server).
     */
    public CatalogSnapshot declaredSnapshot(DatabaseUrl devServer, Consumer<String> log) {
        try (DeclaredSnapshots.Built built = buildDeclared(devServer, log)) {
            return built.snapshot();
        }
    }

    /** As {@link #declaredSnapshot}, keeping the dev session open until the result is closed. */
    public DeclaredSnapshots.Built buildDeclared(DatabaseUrl devServer, Consumer<String> log) {
        DatabaseUrl dev = devServer;
        String configured = schemaSettings().devUrl();
        if (dev == null && configured != null) {
            if (configured.startsWith("embedded")) {
                throw new RetortException("[dev] url = \"" + configured + "\" in " + config.file()
                        + " is started by the command line; library callers pass the embedded server's URL");
            }
            try {
                dev = DatabaseUrl.parse(configured);
            } catch (IllegalArgumentException e) {
                throw new RetortException("[dev] url in " + config.file() + ": " + e.getMessage());
            }
        }
        return Retort.buildDeclared(declaredSchema(), databaseUrl(), dev, declaredScope(), log);
    }

    public RevisionGraph graph() {
        return RevisionDirectory.graph(config.migrationsDirectory());
    }

    public VersionTable versionTable() {
        return new VersionTable(config.versionSchema());
    }

    /**
     * The database: {@code --url}, else {@code RETORT_URL}, else the configuration's {@code url}, else libpq's
     * {@code PGHOST}/{@code PGDATABASE} variables, else the fallback; a missing password comes from
     * {@code PGPASSWORD} or {@code ~/.pgpass}.
     */
    public DatabaseUrl databaseUrl() {
        DatabaseUrl url = configuredDatabaseUrl();
        if (url == null && fallback != null) {
            url = fallback.get();
        }
        if (url == null) {
            throw new RetortException("no database URL: pass --url postgresql://user@host:port/database, set "
                    + "RETORT_URL, or set url under [database] in " + config.file());
        }
        return url;
    }

    /**
     * The database named by options, environment or configuration, or null when none is. A URL set but empty
     * ({@code --url ''}, {@code RETORT_URL=}, {@code url = ""}) is an error, not "nothing configured": an unset
     * variable in a script must not send the run to another database.
     */
    public DatabaseUrl configuredDatabaseUrl() {
        String url = urlOverride;
        String source = "--url";
        if (url == null) {
            url = environment.get("RETORT_URL");
            source = "RETORT_URL";
        }
        if (url == null) {
            url = config.url();
            source = "url under [database] in " + config.file();
        }
        LibpqEnvironment libpq = new LibpqEnvironment(environment, Path.of(System.getProperty("user.home")));
        try {
            if (url == null) {
                DatabaseUrl fromLibpq = libpq.database();
                return fromLibpq == null ? null : libpq.complete(fromLibpq);
            }
            if (url.isBlank()) {
                throw new RetortException(source + " is set but empty: give a database URL "
                        + "(postgresql://user@host:port/database), or leave it unset");
            }
            return libpq.complete(DatabaseUrl.parse(url));
        } catch (IllegalArgumentException e) {
            throw new RetortException((source.equals("--url") ? "" : source + ": ") + e.getMessage());
        }
    }

    /**
     * How long migration runs may wait: retort.toml's {@code [database]} settings, overridden by
     * {@code RETORT_LOCK_TIMEOUT}, {@code RETORT_STATEMENT_TIMEOUT}, {@code RETORT_LOCK_RETRIES} and
     * {@code RETORT_ADVISORY_LOCK_TIMEOUT}.
     */
    public RunSettings runSettings() {
        RunSettings s = config.runSettings();
        String name = null;
        try {
            name = "RETORT_LOCK_TIMEOUT";
            if (environment.get(name) != null) {
                s = s.withLockTimeout(RunSettings.parseDuration(environment.get(name), name));
            }
            name = "RETORT_STATEMENT_TIMEOUT";
            if (environment.get(name) != null) {
                s = s.withStatementTimeout(RunSettings.parseDuration(environment.get(name), name));
            }
            name = "RETORT_LOCK_RETRIES";
            if (environment.get(name) != null) {
                s = s.withLockRetries(RunSettings.parseRetries(environment.get(name), name));
            }
            name = "RETORT_ADVISORY_LOCK_TIMEOUT";
            if (environment.get(name) != null) {
                s = s.withAdvisoryLockTimeout(RunSettings.parseDuration(environment.get(name), name));
            }
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage());
        }
        return s;
    }

    /** A runner with the project's {@link #runSettings()}. */
    public MigrationRunner runner(TransactionMode mode, Consumer<String> log) {
        return runner(mode, runSettings(), log);
    }

    public MigrationRunner runner(TransactionMode mode, RunSettings settings, Consumer<String> log) {
        return new MigrationRunner(databaseUrl(), graph(), versionTable(), mode, settings, log);
    }

    /**
     * Compares the database (or, with {@code replay}, a scratch database every migration is replayed into) with
     * the declared schema; the declaration is built on {@code devServer}, else the database's own server.
     */
    public CheckResult check(boolean replay, DatabaseUrl devServer, Consumer<String> log) {
        return new Check(this).run(replay, devServer, log);
    }

    // ---- new revision files --------------------------------------------------------------------------------

    /**
     * Writes the revision(s) that take the database (which must be at head) to the declared schema; returns the
     * files written, none when nothing differs and {@code allowEmpty} is false. Unless {@code verify} is false, the
     * upgrade and downgrade are first proven on a scratch database ({@code devServer}, else the database's server).
     */
    public List<Path> autogenerate(String message, String revisionId, boolean verify, boolean allowEmpty,
                                   DatabaseUrl devServer, Consumer<String> log) {
        if (message == null || message.isBlank()) {
            throw new RetortException("a revision needs a message: -m \"what it does\"");
        }
        return new Autogenerate(this).run(new Autogenerate.Options(message, revisionId, verify, allowEmpty, devServer),
                log);
    }

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
        Path file = config.migrationsDirectory().resolve(ScriptTemplate.fileName(id, message));
        String text = ScriptTemplate.render(id, parents, labels, depends, message, LocalDateTime.now(), upgradeSql,
                downgradeSql);
        if (noTransaction) {
            text = text.replaceFirst("\n-- migrate:upgrade\n", "\n-- migrate:no-transaction\n-- migrate:upgrade\n");
        }
        // Check the file parses and fits the graph before writing it: a bad label must not leave a broken file.
        List<RevisionScript> all = new ArrayList<>(graph.revisions());
        all.add(ScriptParser.parse(file, text));
        RevisionGraph.of(all);
        try {
            Files.createDirectories(config.migrationsDirectory());
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
