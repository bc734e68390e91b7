package dev.retort.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.project.Schemas;
import dev.retort.project.DiffSide;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.plan.MigrationPlan;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Round trips of a declared schema against a real target: plan, apply, plan again. */
public final class Declared {
    private Declared() {
    }

    /** Log lines of one run; tests read the dev database's name from them. */
    public static final class Log {
        public final List<String> lines = new CopyOnWriteArrayList<>();

        public void add(String line) {
            lines.add(line);
        }

        /** The dev databases this run created or claimed (by the names it used them under). */
        public List<String> devDatabases() {
            return lines.stream().map(l -> l.startsWith("created dev database ") ? l.split(" ")[3]
                    : l.startsWith("reused dev database ") ? l.split(" ")[5] : null)
                    .filter(java.util.Objects::nonNull).toList();
        }
    }

    public static DatabaseUrl url(TestDatabase db) {
        return DatabaseUrl.parse(db.jdbcUrl());
    }

    /** The plan turning {@code target} into what is declared. */
    public static MigrationPlan plan(TestDatabase target, DeclaredSchema declared, DeclaredScope scope) {
        return Schemas.diff(new DiffSide.Live(url(target)), new DiffSide.Declared(declared, "test"), scope,
                null, line -> { });
    }

    /** Applies the plan to the target in one transaction, then checks nothing is left to do; returns the plan. */
    public static MigrationPlan apply(TestDatabase target, DeclaredSchema declared, DeclaredScope scope)
            throws Exception {
        MigrationPlan plan = plan(target, declared, scope);
        try (Connection c = target.connect()) {
            dev.retort.runner.PlanExecutor.apply(c, plan);
        }
        MigrationPlan again = plan(target, declared, scope);
        assertThat(again.toSql()).as("after applying:\n" + plan.toSql()).isEmpty();
        return plan;
    }

    /** The plan's statements, one per line, without the hazard comments the script carries. */
    public static String statements(MigrationPlan plan) {
        StringBuilder sb = new StringBuilder();
        plan.statements().forEach(s -> sb.append(s.sql()).append('\n'));
        return sb.toString();
    }

    public static CatalogSnapshot snapshot(TestDatabase db, DeclaredScope scope) {
        return scope.restrict(Schemas.inspect(url(db), scope.inspection()));
    }
}
