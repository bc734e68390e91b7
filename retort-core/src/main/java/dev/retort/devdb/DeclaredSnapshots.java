package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredStatement;
import dev.retort.declared.RenameHints;
import dev.retort.declared.RenameHint;
import dev.retort.progress.Progress;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a declared schema into a snapshot: creates a dev database, gives it the target's objects outside the
 * declared scope (so declarations can refer to them), runs the declarations, reads the catalog, and keeps what the
 * scope owns. Never connects to the target itself.
 */
public final class DeclaredSnapshots {
    private DeclaredSnapshots() {
    }

    /**
     * A declared schema built in a dev session that stays open (to prove plans on) until closed; or read from the
     * snapshot cache, with no session (null).
     *
     * @param renameHints the rename hints its SQL carries ({@code -- retort:renamed-from})
     * @param afterClose  work that overlapped the release of the session, waited for when it is closed
     */
    public record Built(CatalogSnapshot snapshot, DevSession session, List<RenameHint> renameHints,
                        Runnable afterClose) implements AutoCloseable {
        public Built {
            renameHints = List.copyOf(renameHints);
        }

        public Built(CatalogSnapshot snapshot, DevSession session) {
            this(snapshot, session, List.of(), () -> { });
        }

        /** This build with another snapshot of its session (after names were adopted in it). */
        public Built with(CatalogSnapshot reread) {
            return new Built(reread, session, renameHints, afterClose);
        }

        /** Closes the session, then waits for {@code afterClose}. */
        @Override
        public void close() {
            try {
                if (session != null) {
                    session.close();
                }
            } finally {
                afterClose.run();
            }
        }
    }

    /**
     * Builds the declared schema in a new dev session and reads it; the caller closes the result, which releases
     * the dev database.
     *
     * @param devServer    the server to create the dev database on
     * @param targetMajor  the target's major version, which the dev server must match, or 0
     * @param outsideScope the statements creating the target's objects outside {@code scope}, run first (so
     *                     declarations can refer to them); empty when there is no target or the scope owns
     *                     everything
     */
    public static Built open(DeclaredSchema declared, DatabaseUrl devServer, int targetMajor,
                             List<DeclaredStatement> outsideScope, DeclaredScope scope, Consumer<String> log) {
        return open(Inputs.of(declared, outsideScope), devServer, targetMajor, scope, log);
    }

    /**
     * What a build runs, in order: the target's objects outside the scope, then the declared statements.
     *
     * @param outside  statements creating the target's objects outside the scope
     * @param declared the declaration's statements
     */
    public record Inputs(List<DeclaredStatement> outside, List<DeclaredStatement> declared) {
        public Inputs {
            outside = List.copyOf(outside);
            declared = List.copyOf(declared);
        }

        /** Splits the declaration (parse errors surface here, before any database is created). */
        public static Inputs of(DeclaredSchema declared, List<DeclaredStatement> outsideScope) {
            return new Inputs(outsideScope, declared.statements());
        }
    }

    /** As {@link #open(DeclaredSchema, DatabaseUrl, int, List, DeclaredScope, Consumer)}, inputs split. */
    public static Built open(Inputs inputs, DatabaseUrl devServer, int targetMajor, DeclaredScope scope,
                             Consumer<String> log) {
        List<DeclaredStatement> statements = new ArrayList<>(inputs.outside());
        int seeded = statements.size();
        statements.addAll(inputs.declared());
        List<RenameHint> hints = RenameHints.of(inputs.declared());
        DevSession session = DevSession.start(devServer, targetMajor, log);
        try {
            long start = System.nanoTime();
            Materializer.Stats stats = Materializer.run(session.connection(), statements, session::committed);
            log.accept("materialized " + (stats.statements() - seeded) + " declared statements"
                    + (seeded > 0 ? " and " + seeded + " from the target outside the scope" : "") + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms (" + stats.roundTrips() + " round trips, "
                    + stats.retryPasses() + " retry passes, " + stats.commits() + " commits)");
            Progress.of(log).devDatabaseBuilt(session.name(), stats.statements() - seeded,
                    Duration.ofNanos(System.nanoTime() - start));
            return new Built(scope.restrict(session.inspect(scope.inspection())), session, hints, () -> { });
        } catch (SQLException e) {
            session.close();
            throw new RetortException("dev database " + session.name() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * A dev session holding a copy of {@code current} ({@code creating} makes every object of it, as the target's
     * objects outside the scope are made), read back as {@code scope} restricts it: to prove plans from the current
     * schema when no dev database holds the declared one.
     */
    public static Built copy(CatalogSnapshot current, List<DeclaredStatement> creating, DatabaseUrl devServer,
                             DeclaredScope scope, Consumer<String> log) {
        return open(new Inputs(creating, List.of()), devServer, current.majorVersion(), scope, log);
    }
}
