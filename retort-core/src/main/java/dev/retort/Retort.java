package dev.retort;

import dev.retort.catalog.CatalogInspector;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.InspectionScope;
import dev.retort.connection.DatabaseUrl;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The library façade for work on databases named by URL, with no project needed: read a schema, compare two.
 * Project work (revisions, upgrades) is on {@link dev.retort.project.RetortProject}.
 */
public final class Retort {
    private Retort() {
    }

    /** Reads the schema of the database at {@code url}. */
    public static CatalogSnapshot inspect(DatabaseUrl url, InspectionScope scope) {
        try (Connection connection = url.connect()) {
            return new CatalogInspector(scope).inspect(connection);
        } catch (SQLException e) {
            throw new RetortException("Could not read the schema of " + url + ": " + e.getMessage(), e);
        }
    }

    /** The statements that turn the schema at {@code from} into the schema at {@code to}. */
    public static MigrationPlan diff(DatabaseUrl from, DatabaseUrl to, InspectionScope scope) {
        return new MigrationPlanner().plan(inspect(from, scope), inspect(to, scope));
    }
}
