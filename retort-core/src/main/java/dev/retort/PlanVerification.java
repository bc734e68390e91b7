package dev.retort;

import dev.retort.catalog.CatalogInspector;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.InspectionScope;
import dev.retort.connection.DatabaseUrl;
import dev.retort.devdb.DevDatabase;
import dev.retort.diff.SchemaDiff;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.plan.PlanException;
import dev.retort.runner.PlanExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Proves a plan before anyone runs it: the current schema is rebuilt in a scratch database, the upgrade applied
 * and the result compared with the wanted schema, then the downgrade applied and the result compared with the
 * current schema again. A plan that fails any step is refused with what went wrong, instead of handed over.
 */
public final class PlanVerification {
    private PlanVerification() {
    }

    /**
     * @param current  the whole current schema (everything, not only the compared scope: a declared view needs its
     *                 tables to exist in the scratch database)
     * @param compared what the comparison covers (the declared scope), applied to snapshots before comparing
     * @param wanted   the schema the upgrade must produce, already restricted to the compared scope
     * @param server   where to create the scratch database
     */
    public static void verify(CatalogSnapshot current, UnaryOperator<CatalogSnapshot> compared, CatalogSnapshot wanted,
                              MigrationPlan upgrade, MigrationPlan downgrade, DatabaseUrl server,
                              InspectionScope inspection, Consumer<String> log) {
        try (DevDatabase scratch = DevDatabase.create(server, current.majorVersion(), log);
             Connection c = scratch.url().connect()) {
            CatalogInspector inspector = new CatalogInspector(inspection);
            MigrationPlan build = new MigrationPlanner().plan(inspector.inspect(c), current);
            run(c, build, "rebuilding the current schema");
            requireSame(compared.apply(inspector.inspect(c)), compared.apply(current),
                    "the current schema could not be rebuilt in a scratch database to verify the plan");
            run(c, upgrade, "the upgrade");
            requireSame(compared.apply(inspector.inspect(c)), wanted, "the upgrade does not produce the wanted schema");
            run(c, downgrade, "the downgrade");
            requireSame(compared.apply(inspector.inspect(c)), compared.apply(current),
                    "the downgrade does not give back the current schema");
            log.accept("verified: upgrade and downgrade both apply and reach their schemas");
        } catch (SQLException e) {
            throw new RetortException("could not verify the plan in a scratch database: " + e.getMessage(), e);
        }
    }

    private static void run(Connection c, MigrationPlan plan, String what) {
        try {
            PlanExecutor.apply(c, plan);
        } catch (SQLException e) {
            throw new PlanException("verification failed: " + what + " does not apply: " + e.getMessage());
        }
    }

    private static void requireSame(CatalogSnapshot actual, CatalogSnapshot expected, String failure) {
        SchemaDiff diff = SchemaDiff.between(actual, expected);
        if (diff.isEmpty()) {
            return;
        }
        List<String> differences = new ArrayList<>();
        diff.added().forEach(id -> differences.add("missing " + id));
        diff.removed().forEach(id -> differences.add("unexpected " + id));
        diff.changed().forEach(id -> differences.add("different " + id));
        throw new PlanException("verification failed: " + failure + ": " + String.join("; ",
                differences.subList(0, Math.min(differences.size(), 20)))
                + (differences.size() > 20 ? "; and " + (differences.size() - 20) + " more" : ""));
    }

}
