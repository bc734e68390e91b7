package dev.retort.hibernate;

import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.EntityTables;
import dev.retort.devdb.DeclaredScope;
import dev.retort.plan.MigrationPlan;
import dev.retort.project.DiffSide;
import dev.retort.project.Schemas;
import dev.retort.runner.PlanExecutor;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** Declarations of the test entities and plans against real databases. */
final class Entities {
    static final String HIBERNATE = System.getProperty("retort.test.hibernate", "");

    private Entities() {
    }

    static DeclaredSchema declare(String... entities) {
        return declare(Map.of(), entities);
    }

    static DeclaredSchema declare(Map<String, String> settings, String... entities) {
        return new HibernateEntityTables().declare(new EntityTables.Request(List.of(entities), settings,
                Entities.class.getClassLoader(), Path.of("src/test/resources")));
    }

    static MigrationPlan plan(TestDatabase target, DeclaredSchema declared) {
        return Schemas.diff(new DiffSide.Live(DatabaseUrl.parse(target.jdbcUrl())),
                new DiffSide.Declared(declared, "entities"), DeclaredScope.ALL, null, line -> { });
    }

    static MigrationPlan apply(TestDatabase target, DeclaredSchema declared) throws Exception {
        MigrationPlan plan = plan(target, declared);
        try (Connection c = target.connect()) {
            PlanExecutor.apply(c, plan);
        }
        return plan;
    }
}
