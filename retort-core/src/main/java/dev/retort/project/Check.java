package dev.retort.project;

import dev.retort.Retort;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.connection.DatabaseUrl;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DevDatabase;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.TransactionMode;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code retort check}: does a database, at head, match the declared schema? With {@code replay}, the database is a
 * scratch one that every migration is replayed into, so CI needs no target database.
 */
final class Check {
    private final RetortProject project;

    Check(RetortProject project) {
        this.project = project;
    }

    CheckResult run(boolean replay, DatabaseUrl devServer, Consumer<String> log) {
        List<String> heads = project.graph().heads();
        if (!replay) {
            DatabaseUrl target = project.databaseUrl();
            List<String> applied = project.runner(TransactionMode.ALL, log).current();
            MigrationPlan drift = compare(target, devServer, log);
            return new CheckResult(applied, heads, new HashSet<>(applied).equals(new HashSet<>(heads)), drift);
        }
        DatabaseUrl server = devServer != null ? devServer : project.databaseUrl();
        try (DevDatabase scratch = DevDatabase.create(server, 0, log)) {
            MigrationRunner runner = new MigrationRunner(scratch.url(), project.graph(), project.versionTable(),
                    TransactionMode.ALL, log);
            runner.upgrade(RevisionTarget.parse("heads"));
            MigrationPlan drift = compare(scratch.url(), devServer != null ? devServer : server, log);
            return new CheckResult(runner.current(), heads, true, drift);
        }
    }

    /** The plan from the database to the declared schema: empty when they match. */
    private MigrationPlan compare(DatabaseUrl database, DatabaseUrl devServer, Consumer<String> log) {
        DeclaredScope scope = project.declaredScope();
        CatalogSnapshot wanted = Retort.declaredSnapshot(project.declaredSchema(), database, devServer, scope, log);
        CatalogSnapshot actual = scope.restrict(Retort.inspect(database, scope.inspection()));
        return new MigrationPlanner().plan(actual, wanted);
    }
}
