package dev.retort.project;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.InspectionScope;
import dev.retort.connection.DatabaseUrl;
import dev.retort.RetortException;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.devdb.DevSession;
import dev.retort.diff.SchemaDiff;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.plan.PlanException;
import dev.retort.progress.Progress;
import dev.retort.runner.PlanExecutor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Proves a plan and its reverse before anyone runs them: on a dev session that holds one side (the declared schema
 * just built, or the current schema rebuilt), one plan is applied and the result compared with the other side, then
 * the other plan, which must give the first side back. A plan that fails any step is refused with what went wrong,
 * instead of handed over.
 */
public final class PlanVerification {
    private PlanVerification() {
    }

    /**
     * A plan to prove and the schema it must produce.
     *
     * @param name    what the plan is, for messages: "the upgrade"
     * @param reaches the schema it must produce, restricted to the compared scope
     * @param goal    that schema, for messages: "the declared schema"
     */
    public record Step(String name, MigrationPlan plan, CatalogSnapshot reaches, String goal) {
    }

    /**
     * Applies {@code there} to the session, which holds the schema {@code back} reaches, and compares; then applies
     * {@code back} and compares again.
     *
     * @param compared what the comparison covers (the declared scope), applied to snapshots before comparing
     */
    public static void verify(DevSession session, UnaryOperator<CatalogSnapshot> compared, Step there, Step back,
                              InspectionScope inspection, Consumer<String> log) {
        for (Step step : List.of(there, back)) {
            apply(session, step.plan(), step.name());
            requireSame(compared.apply(session.inspect(inspection)), step.reaches(),
                    step.name() + " does not produce " + step.goal());
        }
        log.accept("verified: " + there.name() + " and " + back.name() + " both apply and produce their schemas");
        Progress.of(log).planVerified(there.name(), there.plan().statements().size());
        Progress.of(log).planVerified(back.name(), back.plan().statements().size());
    }

    /**
     * Proves a plan between two schemas that are not built anywhere yet (two live databases): the current schema is
     * rebuilt in a scratch database, then the upgrade and the downgrade are proven there.
     *
     * @param current  the whole current schema (everything, not only the compared scope: a declared view needs its
     *                 tables to exist in the scratch database)
     * @param wanted   the schema the upgrade must produce, already restricted to the compared scope
     * @param server   where to create the scratch database
     */
    public static void verify(CatalogSnapshot current, UnaryOperator<CatalogSnapshot> compared, CatalogSnapshot wanted,
                              MigrationPlan upgrade, MigrationPlan downgrade, DatabaseUrl server,
                              InspectionScope inspection, Consumer<String> log) {
        try (DevSession scratch = DevSession.start(server, current.majorVersion(), log)) {
            rebuild(scratch, current, compared, inspection);
            verify(scratch, compared, new Step("the upgrade", upgrade, wanted, "the wanted schema"),
                    new Step("the downgrade", downgrade, compared.apply(current), "the current schema again"),
                    inspection, log);
        }
    }

    /**
     * Proves a plan to a declared schema no dev database holds (its snapshot came from the cache): the current
     * schema is copied into a dev database and {@code up}, then {@code down}, are proven there, which proves what
     * proving them on the declared build would (the upgrade from exactly the current schema gives the declared one,
     * the downgrade gives the current one back) and builds one schema, not two. When the copy does not read back as
     * the current schema, the declaration is built after all ({@code fresh}) and the plans proven there.
     *
     * @param current the whole current schema (every schema: the copy needs what the scope's objects stand on)
     * @param scope   what is compared
     * @param down    the downgrade, which reaches the current schema as the scope reads it
     */
    public static void verifyFromCurrent(CatalogSnapshot current, DeclaredScope scope, Step up, Step down,
                                         DatabaseUrl server, Supplier<DeclaredSnapshots.Built> fresh,
                                         Consumer<String> log) {
        DeclaredSnapshots.Built copy = null;
        try {
            copy = DeclaredSnapshots.copy(current, Schemas.copying(current), server, scope, log);
            SchemaDiff diff = SchemaDiff.between(copy.snapshot(), down.reaches());
            if (!diff.isEmpty()) {
                log.accept("the current schema could not be copied to verify on (" + diff.added().size()
                        + " objects missing, " + diff.removed().size() + " unexpected, " + diff.changed().size()
                        + " different)");
                copy.close();
                copy = null;
            }
        } catch (RetortException e) {
            log.accept("the current schema could not be copied to verify on: " + e.getMessage());
        }
        if (copy != null) {
            try (DeclaredSnapshots.Built held = copy) {
                verify(held.session(), scope::restrict, up, down, scope.inspection(), log);
            }
            return;
        }
        log.accept("building the declared schema to verify on instead");
        try (DeclaredSnapshots.Built built = fresh.get()) {
            verify(built.session(), scope::restrict, down,
                    new Step(up.name(), up.plan(), built.snapshot(), up.goal()), scope.inspection(), log);
        }
    }

    /** Creates {@code current} in the empty scratch session and checks it reads back as {@code current}. */
    private static void rebuild(DevSession scratch, CatalogSnapshot current, UnaryOperator<CatalogSnapshot> compared,
                                InspectionScope inspection) {
        apply(scratch, new MigrationPlanner().plan(scratch.inspect(inspection), current),
                "rebuilding the current schema");
        requireSame(compared.apply(scratch.inspect(inspection)), compared.apply(current),
                "the current schema could not be rebuilt in a scratch database to verify the plan");
    }

    private static void apply(DevSession session, MigrationPlan plan, String what) {
        try {
            apply(session, plan);
        } catch (SQLException e) {
            String hint = !DevSession.OUT_OF_LOCKS.equals(e.getSQLState()) ? "" : " (the plan takes more locks "
                    + "than the server has room for in one transaction: raise max_locks_per_transaction, or split "
                    + "the change into several revisions)";
            throw new PlanException("verification failed: " + what + " does not apply: " + e.getMessage() + hint);
        }
    }

    /**
     * Applies the plan in the session's open transaction; a plan with statements that must commit first (new enum
     * values) or run in autocommit ({@code CREATE INDEX CONCURRENTLY}), or one whose locks no longer fit beside the
     * session's, commits the session's work and runs as a migration would.
     *
     * @throws SQLException naming the statement that failed; the session is as before
     */
    static void apply(DevSession session, MigrationPlan plan) throws SQLException {
        if (plan.beforeTransaction().isEmpty() && !plan.hasAutocommit()) {
            try {
                PlanExecutor.applyWithin(session.connection(), plan);
                return;
            } catch (SQLException e) {
                if (!DevSession.OUT_OF_LOCKS.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        session.committed();
        session.connection().commit();
        PlanExecutor.apply(session.connection(), plan);
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
