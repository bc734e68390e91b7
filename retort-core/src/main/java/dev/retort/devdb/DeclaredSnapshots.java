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
     * A declared schema built in a dev session that stays open (to prove plans on) until closed.
     *
     * @param renameHints the rename hints its SQL carries ({@code -- retort:renamed-from})
     */
    public record Built(CatalogSnapshot snapshot, DevSession session, List<RenameHint> renameHints)
            implements AutoCloseable {
        public Built {
            renameHints = List.copyOf(renameHints);
        }

        /** This build with another snapshot of its session (after names were adopted in it). */
        public Built with(CatalogSnapshot reread) {
            return new Built(reread, session, renameHints);
        }

        @Override
        public void close() {
            session.close();
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
        List<DeclaredStatement> statements = new ArrayList<>(outsideScope);
        int seeded = statements.size();
        List<DeclaredStatement> own = declared.statements(); // parse errors surface before any database is created
        statements.addAll(own);
        List<RenameHint> hints = RenameHints.of(own);
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
            return new Built(scope.restrict(session.inspect(scope.inspection())), session, hints);
        } catch (SQLException e) {
            session.close();
            throw new RetortException("dev database " + session.name() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
