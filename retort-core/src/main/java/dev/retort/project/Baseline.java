package dev.retort.project;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
import dev.retort.connection.Connector;
import dev.retort.declared.DeclaredSchema;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.plan.PlannedStatement;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.TransactionMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code retort baseline}: adopts a live database. Its schema (what the declared scope owns) becomes the upgrade of
 * a first revision, planned from an empty database in dependency order, whose downgrade drops it again; both are
 * proven on a scratch database (empty, holding only the database's objects outside the scope) before anything is
 * written. Then the declared schema folder, when it holds no {@code .sql} file yet, receives the same schema (one
 * file per schema), and the database is stamped at the new revision.
 */
public final class Baseline {
    /** What {@code retort baseline} was asked to do. */
    public record Options(String message, String revisionId, boolean stamp, boolean writeSchema) {
    }

    /** What was written and stamped. */
    public record Outcome(String revision, Path file, List<Path> schemaFiles, MigrationPlan upgrade,
                          MigrationPlan downgrade, boolean stamped) {
    }

    private final RetortProject project;

    Baseline(RetortProject project) {
        this.project = project;
    }

    Outcome run(Options options, Consumer<String> log) {
        Connector database = project.database();
        RevisionGraph graph = project.graph();
        List<String> current = project.runner(TransactionMode.ALL, log).current();
        if (!current.isEmpty()) {
            throw new RetortException(database + " is already managed by Retort (at " + String.join(", ", current)
                    + "): a baseline adopts a database Retort has not run on; 'retort revision --autogenerate' "
                    + "writes the next change");
        }
        if (!graph.isEmpty()) {
            throw new RetortException("the migrations already hold " + graph.revisions().size() + " revision(s) "
                    + "(heads " + String.join(", ", graph.heads()) + "): a baseline is the first revision. If they "
                    + "already describe this database, 'retort stamp REV' records where it is, and 'retort check' "
                    + "confirms it");
        }
        DeclaredScope scope = project.declaredScope();
        CatalogSnapshot live = Schemas.inspectOwned(database, scope, log);
        MigrationPlanner planner = new MigrationPlanner();
        MigrationPlan upgrade;
        MigrationPlan downgrade;
        // An empty declaration built beside the database's objects outside the scope: the schema the baseline
        // starts from, in the dev database its plans are proven on.
        try (DeclaredSnapshots.Built empty = emptyBeside(database, scope, log)) {
            upgrade = planner.plan(empty.snapshot(), live);
            downgrade = planner.plan(live, empty.snapshot());
            if (upgrade.isEmpty()) {
                throw new RetortException(database + " holds nothing in the declared scope: there is nothing to "
                        + "baseline; 'retort upgrade' runs the migrations on it as it is");
            }
            PlanVerification.verify(empty.session(), scope::restrict,
                    new PlanVerification.Step("the baseline's upgrade", upgrade, live, "the database's schema"),
                    new PlanVerification.Step("the baseline's downgrade", downgrade, empty.snapshot(),
                            "an empty database"), scope.inspection(), log);
        }
        String message = options.message() == null || options.message().isBlank() ? "baseline" : options.message();
        Path file = project.write(graph, message, options.revisionId(), List.of(), List.of(), List.of(),
                upgrade.toSql(), downgrade.toSql(), !upgrade.beforeTransaction().isEmpty());
        String id = project.graph().revisions().get(0).id();
        List<Path> schemaFiles = options.writeSchema() ? writeSchema(upgrade, log) : List.of();
        boolean stamped = false;
        if (options.stamp()) {
            project.runner(TransactionMode.ALL, log).stamp(RevisionTarget.parse(id));
            stamped = true;
        }
        return new Outcome(id, file, schemaFiles, upgrade, downgrade, stamped);
    }

    /**
     * A dev database holding only the database's objects outside the scope, except those inside schemas the scope
     * owns: the baseline creates those schemas, so on a new database such objects cannot be there before it.
     */
    private DeclaredSnapshots.Built emptyBeside(Connector database, DeclaredScope scope, Consumer<String> log) {
        dev.retort.connection.DatabaseUrl devServer = project.devServer(null);
        dev.retort.connection.DatabaseUrl server = devServer != null ? devServer : database.serverUrl();
        if (server == null) {
            throw new RetortException("cannot create a scratch database on the server of " + database + " (its URL "
                    + "is unknown): name a dev server (--dev-url, devUrl or devDataSource)");
        }
        CatalogSnapshot whole = null;
        int major = Schemas.serverMajor(database);
        if (!scope.ownsEverything()) {
            CatalogSnapshot all = Schemas.inspect(database, new dev.retort.catalog.InspectionScope(List.of(),
                    List.of(), scope.versionSchema(), false));
            java.util.Set<String> ownedSchemas = new java.util.HashSet<>();
            for (dev.retort.catalog.CatalogObject o : all.all()) {
                if (o instanceof dev.retort.catalog.Schema s && scope.owns(o, all)) {
                    ownedSchemas.add(s.name());
                }
            }
            java.util.TreeMap<ObjectId, dev.retort.catalog.CatalogObject> kept = new java.util.TreeMap<>();
            for (dev.retort.catalog.CatalogObject o : all.all()) {
                if (scope.owns(o, all) || o.id().schema() == null || !ownedSchemas.contains(o.id().schema())) {
                    kept.put(o.id(), o);
                }
            }
            dev.retort.catalog.DependencyGraph.Builder graph = dev.retort.catalog.DependencyGraph.builder();
            for (ObjectId id : kept.keySet()) {
                for (ObjectId dep : all.dependencies().dependenciesOf(id)) {
                    if (kept.containsKey(dep)) {
                        graph.add(id, dep);
                    }
                }
            }
            whole = new CatalogSnapshot(all.serverVersionNum(), kept, graph.build());
        }
        return DeclaredSnapshots.open(DeclaredSchema.EMPTY, server, major, Schemas.outsideScope(whole, scope), scope,
                log);
    }

    /**
     * Writes the schema into the first filesystem schema location, one file per schema ({@code public.sql}; objects
     * outside schemas in {@code _database.sql}), when that location holds no {@code .sql} file yet.
     */
    List<Path> writeSchema(MigrationPlan plan, Consumer<String> log) {
        Path directory = project.settings().schemaLocations().stream().filter(l -> !l.classpath())
                .map(dev.retort.Location::directory).findFirst().orElse(null);
        if (directory == null) {
            return List.of();
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                if (files.anyMatch(p -> p.toString().endsWith(".sql"))) {
                    dev.retort.progress.Progress.of(log).note("note: " + directory + " already declares a schema: "
                            + "left as it is ('retort check' compares the database with it)");
                    return List.of();
                }
            } catch (IOException e) {
                throw new RetortException("cannot read " + directory + ": " + e.getMessage(), e);
            }
        }
        Map<String, List<String>> bySchema = new LinkedHashMap<>();
        for (PlannedStatement st : plan.statements()) {
            ObjectId id = st.object();
            String schema = id.kind() == dev.retort.catalog.ObjectKind.SCHEMA ? id.name()
                    : id.schema() == null ? "_database" : id.schema();
            bySchema.computeIfAbsent(schema, k -> new ArrayList<>()).add(st.sql().strip() + ";");
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, List<String>> e : bySchema.entrySet()) {
                Path file = directory.resolve(e.getKey().replaceAll("[^A-Za-z0-9_.-]", "_") + ".sql");
                Files.writeString(file, "-- The schema " + e.getKey() + " as 'retort baseline' found it; edit it, "
                        + "then 'retort revision --autogenerate'.\n\n" + String.join("\n\n", e.getValue()) + "\n",
                        StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new RetortException("cannot write the declared schema into " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }
}
