package dev.retort.project;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.EntityDeclarations;
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

    private RetortProject(RetortConfig config, String urlOverride, Supplier<DatabaseUrl> fallback) {
        this.config = config;
        this.urlOverride = urlOverride;
        this.fallback = fallback;
    }

    public static RetortProject open(RetortConfig config, String urlOverride) {
        return new RetortProject(config, urlOverride, null);
    }

    /**
     * The same project, with a database to use when none is configured anywhere (the CLI passes one that starts
     * an embedded server under {@code .retort/}); asked for only when a command needs a database.
     */
    public RetortProject withFallbackDatabase(Supplier<DatabaseUrl> database) {
        return new RetortProject(config, urlOverride, database);
    }

    /** Opens the project whose {@code retort.toml} is {@code configFile}; {@code urlOverride} (may be null) wins. */
    public static RetortProject open(Path configFile, String urlOverride) {
        return new RetortProject(RetortConfig.load(configFile), urlOverride, null);
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
    public SchemaSettings schemaSettings() {
        return java.nio.file.Files.exists(config.file()) ? SchemaSettings.load(config.file()) : SchemaSettings.NONE;
    }

    /**
     * What the project declares: the {@code .sql} files of its schema folder (when it exists), then what its
     * entity classes map (through the entity module on the classpath), then what its SchemaDefinition classes add
     * (named in the configuration, or found through ServiceLoader).
     */
    public DeclaredSchema declaredSchema() {
        SchemaSettings s = schemaSettings();
        DeclaredSchema files = java.nio.file.Files.isDirectory(config.schemaDirectory())
                ? SqlFolder.read(config.schemaDirectory()) : DeclaredSchema.EMPTY;
        Map<String, String> entitySettings = new java.util.HashMap<>(Map.of("schemas", String.join(",", s.schemas()),
                "exclude_schemas", String.join(",", s.excludeSchemas())));
        if (s.entityNaming() != null) {
            entitySettings.put("naming", s.entityNaming());
        }
        DeclaredSchema declared = files.plus(EntityDeclarations.load(s.classpath(), s.entities(), entitySettings,
                        config.file().toAbsolutePath().getParent()))
                .plus(SchemaDefinitions.load(s.classpath(), s.definitions()));
        return s.keepLiveNames() ? declared : declared.ignoringGeneratedNames();
    }

    /** The scope the declaration owns, from the configuration; Retort's version tables are never in it. */
    public DeclaredScope declaredScope() {
        SchemaSettings s = schemaSettings();
        return new DeclaredScope(s.schemas(), s.excludeSchemas(), DeclaredScope.parseKinds(s.kinds()),
                config.versionSchema());
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

    /** The database named by options, environment or configuration, or null when none is. */
    public DatabaseUrl configuredDatabaseUrl() {
        String url = urlOverride;
        if (blank(url)) {
            url = System.getenv("RETORT_URL");
        }
        if (blank(url)) {
            url = config.url();
        }
        LibpqEnvironment libpq = LibpqEnvironment.system();
        if (blank(url)) {
            DatabaseUrl fromLibpq = libpq.database();
            return fromLibpq == null ? null : libpq.withPassword(fromLibpq);
        }
        try {
            return libpq.withPassword(DatabaseUrl.parse(url));
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public MigrationRunner runner(TransactionMode mode, Consumer<String> log) {
        return new MigrationRunner(databaseUrl(), graph(), versionTable(), mode, log);
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
        RevisionPath plan = RevisionPath.upgrade(graph, start, graph.upgradeGoal(RevisionTarget.parse(parts[1]), start));
        OfflineScript.write(plan, versionTable(), mode, out);
        return plan;
    }

    /** Prints the SQL of a downgrade without connecting; the range must be {@code FROM:TO}. */
    public RevisionPath offlineDowngrade(String range, TransactionMode mode, PrintWriter out) {
        RevisionGraph graph = graph();
        String[] parts = splitRange(range, true);
        List<String> start = graph.headsOf(graph.ancestorsOf(graph.goal(RevisionTarget.parse(parts[0]))));
        RevisionPath plan = RevisionPath.downgrade(graph, start, graph.downgradeGoal(RevisionTarget.parse(parts[1]), start));
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
