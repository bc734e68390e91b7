package dev.retort.project;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DevDatabase;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.TransactionMode;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code retort check}: does a database, at head, match the declared schema? With {@code replay}, the database is a
 * scratch one that every migration is replayed into, so CI needs no target database.
 */
public final class Check {
    private final RetortProject project;

    Check(RetortProject project) {
        this.project = project;
    }

    /**
     * What a check found.
     *
     * @param applied the revisions the database is at
     * @param heads   the migrations' heads
     * @param atHead  whether the database is at the heads
     * @param drift   what would take the database to the declared schema; empty when they match
     */
    public record Outcome(List<String> applied, List<String> heads, boolean atHead, MigrationPlan drift) {
    }

    Outcome run(boolean replay, DatabaseUrl devServer, Consumer<String> log) {
        List<String> heads = project.graph().heads();
        if (!replay) {
            Connector target = project.database();
            CompletableFuture<DeclaredSchema> declared = project.declaredSchemaAhead();
            List<String> applied = project.runner(TransactionMode.ALL, log).current();
            MigrationPlan drift = compare(target, RetortProject.join(declared), devServer, log);
            return new Outcome(applied, heads, new HashSet<>(applied).equals(new HashSet<>(heads)), drift);
        }
        DatabaseUrl server = devServer != null ? devServer : project.database().serverUrl();
        if (server == null) {
            throw new RetortException("check --replay needs a server to create a scratch database on: name a dev "
                    + "server (--dev-url, devUrl)");
        }
        try (DevDatabase scratch = DevDatabase.create(server, 0, log)) {
            MigrationRunner runner = new MigrationRunner(scratch.url(), project.graph(), project.versionTable(),
                    TransactionMode.ALL, log);
            runner.upgrade(RevisionTarget.parse("heads"));
            MigrationPlan drift = compare(Connector.of(scratch.url()), project.declaredSchema(), server, log);
            return new Outcome(runner.current(), heads, true, drift);
        }
    }

    /** The plan from the database to the declared schema: empty when they match. */
    private MigrationPlan compare(Connector database, DeclaredSchema declared, DatabaseUrl devServer,
                                  Consumer<String> log) {
        DeclaredScope scope = project.declaredScope();
        CatalogSnapshot wanted = Schemas.declaredSnapshot(declared, database, devServer, scope,
                project.snapshotCache(), log);
        CatalogSnapshot actual = Schemas.inspectOwned(database, scope, log);
        return new MigrationPlanner(project.settings().online()).plan(actual, wanted);
    }
}
