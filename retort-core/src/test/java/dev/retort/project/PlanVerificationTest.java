package dev.retort.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.SchemaBuilder;
import dev.retort.devdb.DeclaredScope;
import dev.retort.devdb.DeclaredSnapshots;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.MigrationPlanner;
import dev.retort.plan.PlanException;
import dev.retort.plan.PlannedStatement;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans proven in the dev database a declaration was built in: down to the current schema, then back up. */
@RetortDatabaseTest
class PlanVerificationTest {
    private static final String CURRENT = """
            CREATE TYPE status AS ENUM ('new', 'paid');
            CREATE TABLE orders (id int PRIMARY KEY, status status NOT NULL DEFAULT 'new', total numeric);
            CREATE VIEW paid AS SELECT id, total FROM orders WHERE status = 'paid';
            """;

    @Test
    void provesBothDirectionsWithoutCommittingAnything(TestDatabase target) throws Exception {
        target.execute(CURRENT);
        DeclaredSchema declared = new SchemaBuilder().definedBy("test").sql("""
                CREATE TYPE status AS ENUM ('new', 'paid');
                CREATE TABLE orders (id int PRIMARY KEY, status status NOT NULL DEFAULT 'new', total numeric,
                                     note text);
                CREATE VIEW paid AS SELECT id, total, note FROM orders WHERE status = 'paid';
                CREATE FUNCTION big(numeric) RETURNS boolean LANGUAGE sql AS 'SELECT $1 > 100';
                """).build();
        List<String> log = new ArrayList<>();
        try (DeclaredSnapshots.Built built = build(target, declared, log)) {
            Plans plans = plans(target, built);
            PlanVerification.verify(built.session(), DeclaredScope.ALL::restrict, plans.down(), plans.up(),
                    DeclaredScope.ALL.inspection(), log::add);
            assertThat(log).anyMatch(l -> l.startsWith("verified: the downgrade and the upgrade"));
            String dev = built.session().name();
            assertThat(target.queryColumn("SELECT count(*) FROM pg_database WHERE datname = '" + dev + "'"))
                    .containsExactly("1");
            try (Connection c = DriverManager.getConnection(target.server().jdbcUrl(dev));
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")) {
                rs.next();
                assertThat(rs.getInt(1)).as("a small declaration and its verification stay uncommitted").isZero();
            }
        }
    }

    @Test
    void refusesAnUpgradeThatMissesPartOfTheDeclaration(TestDatabase target) throws Exception {
        target.execute(CURRENT);
        DeclaredSchema declared = new SchemaBuilder().definedBy("test").sql(CURRENT
                + "CREATE INDEX orders_total ON orders (total);\n").build();
        try (DeclaredSnapshots.Built built = build(target, declared, new ArrayList<>())) {
            Plans plans = plans(target, built);
            List<PlannedStatement> statements = new ArrayList<>(plans.up().plan().statements());
            assertThat(statements).hasSize(1);
            statements.clear();
            PlanVerification.Step broken = new PlanVerification.Step("the upgrade", new MigrationPlan(statements),
                    built.snapshot(), "the declared schema");
            assertThatThrownBy(() -> PlanVerification.verify(built.session(), DeclaredScope.ALL::restrict,
                    plans.down(), broken, DeclaredScope.ALL.inspection(), l -> { }))
                    .isInstanceOf(PlanException.class)
                    .hasMessage("verification failed: the upgrade does not produce the declared schema: "
                            + "missing index orders_total on public.orders");
        }
    }

    @Test
    void refusesADowngradeThatDoesNotApplyAndLeavesTheSessionUsable(TestDatabase target) throws Exception {
        target.execute(CURRENT);
        DeclaredSchema declared = new SchemaBuilder().definedBy("test").sql(CURRENT
                + "CREATE VIEW paid_big AS SELECT id FROM paid WHERE total > 100;\n").build();
        try (DeclaredSnapshots.Built built = build(target, declared, new ArrayList<>())) {
            Plans plans = plans(target, built);
            List<PlannedStatement> wrongOrder = new ArrayList<>(plans.down().plan().statements());
            wrongOrder.add(0, new PlannedStatement(ObjectId.of(ObjectKind.VIEW, "public", "paid"),
                    PlannedStatement.Action.DROP, "DROP VIEW public.paid;"));
            PlanVerification.Step broken = new PlanVerification.Step("the downgrade", new MigrationPlan(wrongOrder),
                    plans.down().reaches(), "the current schema");
            assertThatThrownBy(() -> PlanVerification.verify(built.session(), DeclaredScope.ALL::restrict, broken,
                    plans.up(), DeclaredScope.ALL.inspection(), l -> { }))
                    .isInstanceOf(PlanException.class)
                    .hasMessageStartingWith("verification failed: the downgrade does not apply: ")
                    .hasMessageContaining("other objects depend on it")
                    .hasMessageContaining("in: DROP VIEW public.paid;");
            // The failed plan left nothing behind: the real one still proves.
            PlanVerification.verify(built.session(), DeclaredScope.ALL::restrict, plans.down(), plans.up(),
                    DeclaredScope.ALL.inspection(), l -> { });
        }
    }

    @Test
    void aPlanWithNewEnumValuesCommitsFirstAndStillProves(TestDatabase target) throws Exception {
        target.execute(CURRENT);
        DeclaredSchema declared = new SchemaBuilder().definedBy("test").sql(CURRENT.replace("'paid')",
                "'paid', 'refunded')") + "CREATE VIEW refunded AS SELECT id FROM orders WHERE status = 'refunded';\n")
                .build();
        List<String> log = new ArrayList<>();
        try (DeclaredSnapshots.Built built = build(target, declared, log)) {
            Plans plans = plans(target, built);
            assertThat(plans.up().plan().beforeTransaction()).hasSize(1);
            PlanVerification.verify(built.session(), DeclaredScope.ALL::restrict, plans.down(), plans.up(),
                    DeclaredScope.ALL.inspection(), log::add);
            assertThat(log).anyMatch(l -> l.startsWith("verified:"));
        }
    }

    private record Plans(PlanVerification.Step down, PlanVerification.Step up) {
    }

    private static DeclaredSnapshots.Built build(TestDatabase target, DeclaredSchema declared, List<String> log) {
        return Schemas.buildDeclared(declared, DatabaseUrl.parse(target.jdbcUrl()), null, DeclaredScope.ALL,
                log::add);
    }

    private static Plans plans(TestDatabase target, DeclaredSnapshots.Built built) {
        CatalogSnapshot current = DeclaredScope.ALL.restrict(
                Schemas.inspect(DatabaseUrl.parse(target.jdbcUrl()), DeclaredScope.ALL.inspection()));
        MigrationPlanner planner = new MigrationPlanner();
        return new Plans(
                new PlanVerification.Step("the downgrade", planner.plan(built.snapshot(), current), current,
                        "the current schema"),
                new PlanVerification.Step("the upgrade", planner.plan(current, built.snapshot()), built.snapshot(),
                        "the declared schema"));
    }
}
