package dev.retort.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.project.Schemas;
import dev.retort.project.DiffSide;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.declared.DeclarationException;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredStatement;
import dev.retort.declared.SchemaBuilder;
import dev.retort.declared.SqlFolder;
import dev.retort.plan.MigrationPlan;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of SQL files built in a dev database and diffed against a real target. */
@RetortDatabaseTest
class DeclaredBuildTest {
    private static final String TABLES = """
            CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (
                id int PRIMARY KEY,
                customer_id int REFERENCES customers (id),
                total numeric NOT NULL
            );
            """;

    @Test
    void brokenViewNamesFileAndLineLeavesTargetAndServerClean(TestDatabase target, @TempDir Path dir)
            throws Exception {
        write(dir, "tables.sql", TABLES);
        write(dir, "views/broken.sql", """
                -- Orders with their customer's name.
                CREATE VIEW order_names AS
                SELECT o.id,
                       c.nickname
                FROM orders o JOIN customers c ON c.id = o.customer_id;
                """);
        target.execute("CREATE TABLE keep_me (id int)");
        CatalogSnapshot before = Declared.snapshot(target, DeclaredScope.ALL);
        Declared.Log log = new Declared.Log();

        DeclarationException e = catchThrowableOfType(() -> Schemas.diff(new DiffSide.Live(Declared.url(target)),
                new DiffSide.Declared(SqlFolder.read(dir), dir.toString()), DeclaredScope.ALL, null, log::add),
                DeclarationException.class);

        assertThat(e).as("the declaration must fail").isNotNull();
        assertThat(e.getMessage()).isEqualTo(dir.resolve("views/broken.sql") + ":4: view order_names: column "
                + "c.nickname does not exist");
        assertThat(Declared.snapshot(target, DeclaredScope.ALL).objects()).as("target untouched")
                .isEqualTo(before.objects());
        assertThat(log.devDatabases()).hasSize(1);
        assertThat(target.queryColumn("SELECT datname FROM pg_database WHERE datname = '"
                + log.devDatabases().get(0) + "'")).as("no dev database left behind").isEmpty();
    }

    @Test
    void scrambledFileOrderGivesTheSameSnapshotAsDependencyOrder(TestServer server, @TempDir Path ordered,
                                                                  @TempDir Path scrambled) throws Exception {
        String[] parts = {
            "CREATE SCHEMA sales;",
            "CREATE TYPE sales.status AS ENUM ('new', 'paid');",
            TABLES.replace("customers", "sales.customers").replace("orders", "sales.orders"),
            "ALTER TABLE sales.orders ADD COLUMN status sales.status NOT NULL DEFAULT 'new';",
            "CREATE FUNCTION sales.order_total(o_id int) RETURNS numeric LANGUAGE sql STABLE\n"
                    + "    AS $$ SELECT total FROM sales.orders WHERE id = o_id $$;",
            "CREATE VIEW sales.paid AS SELECT id, sales.order_total(id) AS total FROM sales.orders WHERE status = 'paid';",
            "CREATE VIEW sales.paid_big AS SELECT * FROM sales.paid WHERE total > 100;",
            "COMMENT ON VIEW sales.paid_big IS 'Big paid orders';",
            "CREATE INDEX orders_customer ON sales.orders (customer_id);",
        };
        for (int i = 0; i < parts.length; i++) {
            write(ordered, String.format("%02d.sql", i), parts[i]);
            write(scrambled, String.format("%02d.sql", parts.length - i), parts[i]); // reverse dependency order
        }
        try (TestDatabase target = server.createDatabase()) {
            CatalogSnapshot a = Schemas.declaredSnapshot(SqlFolder.read(ordered), Declared.url(target), null,
                    DeclaredScope.ALL, line -> { });
            CatalogSnapshot b = Schemas.declaredSnapshot(SqlFolder.read(scrambled), Declared.url(target), null,
                    DeclaredScope.ALL, line -> { });
            assertThat(b.objects()).isEqualTo(a.objects());
            assertThat(b.dependencies().edgeCount()).isEqualTo(a.dependencies().edgeCount());
            assertThat(a.objects()).hasSizeGreaterThan(10);

            MigrationPlan plan = Declared.apply(target, SqlFolder.read(scrambled), DeclaredScope.ALL);
            assertThat(plan.toSql()).contains("CREATE VIEW sales.paid_big");
        }
    }

    @Test
    void retriesOnlyWhatFailedAndInFewRoundTrips(TestDatabase dev) throws Exception {
        int n = 200;
        List<DeclaredStatement> statements = new ArrayList<>();
        SchemaBuilder b = new SchemaBuilder().definedBy("test");
        for (int i = n - 1; i >= 0; i--) { // every view before the table it reads
            b.sql("CREATE VIEW v" + i + " AS SELECT id FROM t" + i);
        }
        for (int i = 0; i < n; i++) {
            b.sql("CREATE TABLE t" + i + " (id int)");
        }
        statements.addAll(b.build().statements());
        try (Connection c = dev.connect()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            Materializer.Stats stats = Materializer.run(c, statements);
            long ms = (System.nanoTime() - start) / 1_000_000;
            c.commit();
            System.out.println("[declared] " + 2 * n + " statements, views first: " + ms + " ms, " + stats);
            // Linear: each failing view costs a batch and a rollback, the tables go in a few batches (with a look
            // at the locks held every 200 statements), and one retry pass brings all views in. The first failed
            // batch runs again with progress marks (a rollback, the marks' creation, the batch).
            assertThat(stats.retryPasses()).isEqualTo(1);
            assertThat(stats.roundTrips()).isLessThanOrEqualTo(
                    2 * n + 2 * n / 59 + 4 + 1 + 2 * n / Materializer.LOCK_CHECK_INTERVAL + 3);
        }
        assertThat(dev.queryColumn("SELECT count(*) FROM pg_views WHERE schemaname = 'public'"))
                .containsExactly(String.valueOf(n));

        try (TestDatabase ordered = dev.server().createDatabase(); Connection c = ordered.connect()) {
            SchemaBuilder good = new SchemaBuilder().definedBy("test");
            for (int i = 0; i < 1000; i++) {
                good.sql("CREATE TABLE t" + i + " (id int PRIMARY KEY, note text); CREATE VIEW v" + i
                        + " AS SELECT id FROM t" + i);
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            Materializer.Stats stats = Materializer.run(c, good.build().statements());
            System.out.println("[declared] 2000 statements in order: " + (System.nanoTime() - start) / 1_000_000
                    + " ms, " + stats);
            // A batch per 119 statements when the order is right, a look at the locks held per 200, a commit once
            // they pass a quarter of the lock table (1,000 tables with a primary key and TOAST: ~4,000), and from
            // then on a commit per look.
            int batches = 1 + (2000 + 118) / 119;
            assertThat(stats.commits()).isBetween(2, 2000 / 200);
            assertThat(stats.roundTrips()).isLessThanOrEqualTo(batches + 1 + 2000 / 200 + stats.commits());
            try (java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid()")) {
                rs.next();
                assertThat(rs.getInt(1)).as("locks still held").isLessThan(3000);
            }
            c.rollback();
        }
    }

    @Test
    void reportsEveryStatementThatNeverSucceedsWithItsOwnError(TestDatabase target, @TempDir Path dir)
            throws Exception {
        write(dir, "a.sql", "CREATE TABLE a (id int);\nCREATE TABLE a (id int);\n");
        write(dir, "b.sql", "\n\nCREATE VIEW b AS SELECT missing FROM a;\nCREATE VIEW c AS SELECT id FROM nowhere;\n");
        write(dir, "c.sql", "CREATE VIEW d AS SELECT id FROM a;\nCREAT VIEW e AS SELECT 1;\n");
        DeclarationException e = catchThrowableOfType(() -> Declared.plan(target, SqlFolder.read(dir),
                DeclaredScope.ALL), DeclarationException.class);
        assertThat(e.getMessage()).startsWith("4 declared statements fail:")
                .contains(dir.resolve("a.sql") + ":2: table a: relation \"a\" already exists")
                .contains(dir.resolve("b.sql") + ":3: view b: column \"missing\" does not exist")
                .contains(dir.resolve("b.sql") + ":4: view c: relation \"nowhere\" does not exist")
                .contains(dir.resolve("c.sql") + ":2: syntax error at or near \"CREAT\"")
                .doesNotContain("view d");
    }

    @Test
    void transactionControlIsRefusedBeforeAnythingRuns(TestDatabase target, @TempDir Path dir) throws Exception {
        write(dir, "x.sql", "CREATE TABLE x (id int);\n\nCOMMIT;\n");
        Declared.Log log = new Declared.Log();
        DeclarationException e = catchThrowableOfType(() -> Schemas.diff(new DiffSide.Live(Declared.url(target)),
                new DiffSide.Declared(SqlFolder.read(dir), "x"), DeclaredScope.ALL, null, log::add),
                DeclarationException.class);
        assertThat(e.getMessage()).isEqualTo(dir.resolve("x.sql") + ":3: COMMIT is not allowed in a declared schema "
                + "(all of it runs in one transaction)");
    }

    @Test
    void awkwardButValidSqlRunsAsWritten(TestDatabase target, @TempDir Path dir) throws Exception {
        // BEGIN ATOMIC bodies arrived in PostgreSQL 14.
        write(dir, "odd.sql", (target.server().major() >= 14 ? """
                CREATE FUNCTION atomic_sum(a int, b int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                    SELECT a + b; -- a semicolon inside the body
                END;
                """ : "CREATE FUNCTION atomic_sum(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';\n") + """
                CREATE VIEW odd AS SELECT '{"a": 1}'::jsonb ? 'a' AS has_a, '{fn now()}' AS not_an_escape,
                    'http://example.com/?q=1;x' AS url, $$ -- not a comment $$ AS dollars, 'it''s' AS quote, 1::text AS cast;
                """);
        Declared.apply(target, SqlFolder.read(dir), DeclaredScope.ALL);
        assertThat(target.queryColumn("SELECT concat_ws('|', has_a, not_an_escape, url, dollars, quote, atomic_sum(1, 2)) FROM odd"))
                .containsExactly("t|{fn now()}|http://example.com/?q=1;x| -- not a comment |it's|3");
    }

    @Test
    void errorsInsideFunctionBodiesPointAtTheirLine(TestDatabase target, @TempDir Path dir) throws Exception {
        write(dir, "functions/total.sql", """
                CREATE TABLE orders (id int, total numeric);

                CREATE FUNCTION order_total(o int) RETURNS numeric LANGUAGE sql AS $$
                    SELECT total
                    FROM orders
                    WHERE id = o AND totl > 0
                $$;
                """);
        DeclarationException e = catchThrowableOfType(() -> Declared.plan(target, SqlFolder.read(dir),
                DeclaredScope.ALL), DeclarationException.class);
        assertThat(e.getMessage()).isEqualTo(dir.resolve("functions/total.sql") + ":6: function order_total: "
                + "column \"totl\" does not exist (hint: Perhaps you meant to reference the column \"orders.total\".)");
    }

    @Test
    void pgDumpSettingsHoldForTheRestOfTheirFileOnly(TestDatabase target, @TempDir Path dir) throws Exception {
        write(dir, "a_dump.sql", """
                SET statement_timeout = 0;
                SET client_encoding = 'UTF8';
                SET standard_conforming_strings = on;
                SELECT pg_catalog.set_config('search_path', '', false);
                SET check_function_bodies = false;
                SET client_min_messages = warning;
                SET default_tablespace = '';
                CREATE SCHEMA app;
                SET search_path = app, pg_catalog;
                CREATE FUNCTION outer_total() RETURNS bigint LANGUAGE sql AS 'SELECT inner_total()';
                CREATE FUNCTION inner_total() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM items';
                CREATE TABLE items (id int);
                RESET search_path;
                CREATE TABLE public.after_reset (id int);
                """);
        write(dir, "b_plain.sql", "CREATE TABLE plain (id int);\nCREATE VIEW plain_v AS SELECT id FROM plain;\n");
        String sql = Declared.statements(Declared.plan(target, SqlFolder.read(dir), DeclaredScope.ALL));
        assertThat(sql).contains("CREATE TABLE app.items", "CREATE TABLE public.after_reset",
                "CREATE TABLE public.plain", "CREATE VIEW public.plain_v", "FROM items");
    }

    @Test
    void settingsThatChangeWhoRunsAreRefused(TestDatabase target, @TempDir Path dir) throws Exception {
        write(dir, "a.sql", "CREATE TABLE t (id int);\nSET ROLE retort_reader;\n");
        DeclarationException e = catchThrowableOfType(() -> Declared.plan(target, SqlFolder.read(dir),
                DeclaredScope.ALL), DeclarationException.class);
        assertThat(e.getMessage()).isEqualTo(dir.resolve("a.sql") + ":2: SET ROLE is not allowed in a declared "
                + "schema (it would change who runs, or how, the rest of the declaration)");
        write(dir, "a.sql", "SET client_encoding = 'LATIN1';\n");
        e = catchThrowableOfType(() -> Declared.plan(target, SqlFolder.read(dir), DeclaredScope.ALL),
                DeclarationException.class);
        assertThat(e.getMessage()).isEqualTo(dir.resolve("a.sql") + ":1: client_encoding LATIN1 is not supported: "
                + "declared files are read as UTF-8");
        write(dir, "a.sql", "BEGIN;\nCREATE TABLE t (id int);\n");
        e = catchThrowableOfType(() -> Declared.plan(target, SqlFolder.read(dir), DeclaredScope.ALL),
                DeclarationException.class);
        assertThat(e.getMessage()).startsWith(dir.resolve("a.sql") + ":1: BEGIN is not allowed");
    }

    @Test
    void javaSourcesAreNamedByClassAndObject(TestDatabase target) {
        DeclaredSchema declared = new SchemaBuilder().definedBy("com.acme.Shop")
                .add(new dev.retort.declared.PgView("public", "Broken", "SELECT nope")).build();
        DeclarationException e = catchThrowableOfType(() -> Declared.plan(target, declared, DeclaredScope.ALL),
                DeclarationException.class);
        assertThat(e.getMessage()).isEqualTo("com.acme.Shop: view public.\"Broken\" (line 2): column \"nope\" does not exist");
    }

    static void write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
