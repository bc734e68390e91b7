package dev.retort.project;

import dev.retort.RetortException;
import dev.retort.cache.SnapshotCache;
import dev.retort.declared.RenameHint;
import dev.retort.plan.MigrationPlanner;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.plan.HazardPolicy;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedStatement;
import dev.retort.revision.RevisionGraph;
import dev.retort.runner.TransactionMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code retort revision --autogenerate}: compares the declared schema with the project's database (which must be
 * at head) and writes a revision whose upgrade is the plan and whose downgrade is the reverse plan, both verified
 * first in the dev database the declaration was built in. With no differences nothing is written, unless an empty revision is asked for.
 */
public final class Autogenerate {
    /** What {@code retort revision --autogenerate} was asked to do. */
    record Options(String message, String revisionId, boolean verify, boolean allowEmpty, DatabaseUrl devServer) {
    }

    /** What was written, and the plans it holds. */
    public record Outcome(List<Path> written, MigrationPlan upgrade, MigrationPlan downgrade, boolean verified) {
    }

    private final RetortProject project;

    Autogenerate(RetortProject project) {
        this.project = project;
    }

    /** The files written, in order: none when nothing differs, two when new enum values must commit first. */
    Outcome run(Options options, Consumer<String> log) {
        Connector target = project.database();
        RevisionGraph graph = project.graph();
        DeclaredScope scope = project.declaredScope();
        // Three reads that need nothing of each other: the declaration (entities: Hibernate's model, seconds),
        // the current schema, and the version table.
        CompletableFuture<DeclaredSchema> declared = project.declaredSchemaAhead();
        CompletableFuture<CatalogSnapshot> currentRead = CompletableFuture.supplyAsync(
                () -> Schemas.inspectOwned(target, scope, log));
        requireAtHead(graph, project.runner(TransactionMode.ALL, log).current());

        HazardPolicy policy = HazardPolicy.allowing(project.settings().allowHazards());
        MigrationPlan upgrade;
        MigrationPlan downgrade;
        // Renames are planned in the dev database: with [renames] hints, it is built rather than read from the cache.
        List<RenameHint> configuredRenames = project.renameHints();
        try (DeclaredSnapshots.Built wanted = project.buildDeclared(options.devServer(),
                configuredRenames.isEmpty() ? project.snapshotCache() : SnapshotCache.NONE,
                RetortProject.join(declared), log)) {
            CatalogSnapshot current = RetortProject.join(currentRead);
            MigrationPlanner planner = new MigrationPlanner(project.settings().online());
            RenamedPlans.Plans plans = RenamedPlans.between(current, wanted, configuredRenames, scope, planner, log);
            upgrade = plans.upgrade();
            downgrade = plans.downgrade();
            if (upgrade.isEmpty() && !options.allowEmpty()) {
                return new Outcome(List.of(), upgrade, downgrade, false);
            }
            // Only the upgrade: the downgrade of anything added drops it, which the revision's reviewer sees.
            policy.check(upgrade, "the upgrade");
            if (options.verify() && !upgrade.isEmpty()) {
                // The dev database holds the declared schema: going down proves the downgrade, coming back up
                // proves the upgrade from exactly the current schema.
                PlanVerification.Step down = new PlanVerification.Step("the downgrade", downgrade, current,
                        "the current schema");
                PlanVerification.Step up = new PlanVerification.Step("the upgrade", upgrade, wanted.snapshot(),
                        "the declared schema");
                if (wanted.session() != null) {
                    PlanVerification.verify(wanted.session(), scope::restrict, down, up, scope.inspection(), log);
                } else {
                    // The declared snapshot came from the cache: prove the plans on the current schema instead.
                    PlanVerification.verifyFromCurrent(Schemas.inspect(target, Schemas.everySchema(scope)), scope,
                            up, down, devServerOf(target, options.devServer()),
                            () -> project.buildDeclared(options.devServer(), SnapshotCache.NONE, log), log);
                }
            }
        }

        List<String> parents = graph.isEmpty() ? List.of() : List.of(graph.singleHead());
        List<Path> written = new ArrayList<>();
        if (!upgrade.beforeTransaction().isEmpty()) {
            // PostgreSQL cannot use a new enum value in the transaction that adds it: such statements get a
            // revision of their own, run outside a transaction, before the rest.
            Path first = project.write(graph, options.message() + " (new enum values)", null, parents, List.of(),
                    List.of(), sql(upgrade.beforeTransaction()), "", true);
            written.add(first);
            graph = project.graph();
            parents = List.of(graph.singleHead());
        }
        written.add(project.write(graph, options.message(), options.revisionId(), parents, List.of(), List.of(),
                sql(upgrade.afterCommitFirst()), downgrade.toSql(), false, policy.allowedIn(upgrade)));
        return new Outcome(written, upgrade, downgrade, options.verify() && !upgrade.isEmpty());
    }

    private DatabaseUrl devServerOf(Connector target, DatabaseUrl override) {
        DatabaseUrl dev = project.devServer(override);
        return dev != null ? dev : target.serverUrl();
    }

    private static String sql(List<PlannedStatement> statements) {
        return new MigrationPlan(statements).toSql();
    }

    private static void requireAtHead(RevisionGraph graph, List<String> applied) {
        if (new HashSet<>(applied).equals(new HashSet<>(graph.heads()))) {
            if (graph.heads().size() > 1) {
                throw new RetortException("the migrations have " + graph.heads().size() + " heads ("
                        + String.join(", ", graph.heads()) + "); join them with 'retort merge -m MSG heads' first");
            }
            return;
        }
        throw new RetortException("the database is at " + (applied.isEmpty() ? "base" : String.join(", ", applied))
                + " but the migrations' head is " + (graph.heads().isEmpty() ? "base" : String.join(", ", graph.heads()))
                + ": run 'retort upgrade head' first, so the new revision builds on what is applied");
    }
}
