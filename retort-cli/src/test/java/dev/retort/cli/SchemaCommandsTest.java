package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.sql.Connection;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inspect and diff as a user runs them, against real databases. */
@RetortDatabaseTest
class SchemaCommandsTest {
    private static final String SHOP = """
            CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers (id));
            CREATE VIEW order_customers AS SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id;
            COMMENT ON VIEW order_customers IS 'Who ordered what';
            """;

    @Test
    void inspectSummarisesAndJsonHasTheFields(TestDatabase db) throws Exception {
        db.execute(SHOP);
        Cli.Result summary = Cli.run("inspect", "--url", db.jdbcUrl());
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("view public.order_customers  -- Who ordered what")
                .contains("table public.customers").containsPattern("view\\s+1");

        Cli.Result json = Cli.run("inspect", "--url", db.jdbcUrl(), "--json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).startsWith("{\n  \"schemaVersion\": 1,\n  \"serverVersionNum\": ")
                .contains("\"id\": \"view public.order_customers\"")
                .contains("\"comment\": \"Who ordered what\"")
                .contains("{\"from\": \"view public.order_customers\", \"to\": \"table public.orders\"}");
    }

    @Test
    void diffBuildsFromEmptyAndTearsDownToEmpty(TestServer server) throws Exception {
        try (TestDatabase shop = server.createDatabase(); TestDatabase empty = server.createDatabase();
             TestDatabase nothing = server.createDatabase()) {
            shop.execute(SHOP);
            Cli.Result build = Cli.run("diff", "--from", libpq(empty), "--to", shop.jdbcUrl());
            assertThat(build.code()).as(build.err()).isZero();
            assertThat(build.out()).startsWith("CREATE TABLE public.customers").contains("CREATE VIEW");
            apply(empty, build.out());
            assertThat(Cli.run("diff", "--from", empty.jdbcUrl(), "--to", shop.jdbcUrl()).out())
                    .as("nothing left to build").isEmpty();

            assertThat(Cli.run("diff", "--from", shop.jdbcUrl(), "--to", libpq(nothing)).err())
                    .as("dropping the tables loses their rows").contains("--allow-hazard data-loss");
            Cli.Result teardown = Cli.run("diff", "--from", shop.jdbcUrl(), "--to", libpq(nothing),
                    "--allow-hazard", "data-loss");
            assertThat(teardown.out()).startsWith("DROP VIEW public.order_customers;");
            apply(shop, teardown.out());
            assertThat(shop.queryColumn("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"))
                    .containsExactly("0");
        }
    }

    @Test
    void exitCodeSaysWhetherTheSchemasDiffer(TestServer server) throws Exception {
        try (TestDatabase a = server.createDatabase(); TestDatabase b = server.createDatabase()) {
            assertThat(Cli.run("diff", "--exit-code", "--from", a.jdbcUrl(), "--to", b.jdbcUrl()).code()).isZero();
            b.execute(SHOP);
            Cli.Result differs = Cli.run("diff", "--exit-code", "--from", a.jdbcUrl(), "--to", b.jdbcUrl());
            assertThat(differs.code()).isEqualTo(1);
            assertThat(differs.out()).contains("CREATE TABLE public.orders");
        }
    }

    /** Twenty separate JVMs, each with its own hash seeds and thread timing, print the same script byte for byte. */
    @Test
    void theSameDiffInTwentyProcessesIsByteIdentical(TestServer server) throws Exception {
        try (TestDatabase empty = server.createDatabase(); TestDatabase shop = server.createDatabase()) {
            StringBuilder sql = new StringBuilder(SHOP);
            for (int i = 0; i < 30; i++) {
                sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, o int REFERENCES orders (id));\n")
                        .append("CREATE VIEW v").append(i).append(" AS SELECT t.id, c.name FROM t").append(i)
                        .append(" t JOIN order_customers c ON c.id = t.o;\n");
            }
            shop.execute(sql.toString());
            String javaBinary = ProcessHandle.current().info().command().orElse("java");
            List<String> outputs = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                runs.add(pool.submit(() -> {
                    Process p = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"),
                            RetortCli.class.getName(), "diff", "--from", empty.jdbcUrl(), "--to", shop.jdbcUrl())
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    outputs.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                    assertThat(p.waitFor()).isZero();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
            assertThat(outputs).hasSize(20);
            assertThat(outputs.get(0)).contains("CREATE VIEW public.v29");
            assertThat(new HashSet<>(outputs)).hasSize(1);
        }
    }

    @Test
    void verifyProvesAPlanAndRefusesOneThatCannotGoBack(TestServer server) throws Exception {
        try (TestDatabase a = server.createDatabase(); TestDatabase b = server.createDatabase()) {
            b.execute(SHOP);
            Cli.Result proven = Cli.run("diff", "--verify", "--from", a.jdbcUrl(), "--to", b.jdbcUrl());
            assertThat(proven.code()).as(proven.err()).isZero();
            assertThat(proven.out()).contains("CREATE VIEW public.order_customers");
            assertThat(a.queryColumn("SELECT count(*) FROM pg_class WHERE relname = 'customers'"))
                    .as("verification happens elsewhere").containsExactly("0");

            // PostgreSQL has no path from pg_trgm 1.6 back to 1.5, and an index needs the extension, so it cannot
            // be dropped and created at 1.5 either: the downgrade cannot work, so the plan is refused.
            org.junit.jupiter.api.Assumptions.assumeTrue(server.major() >= 14, "pg_trgm 1.6 comes with PostgreSQL 14");
            String words = "CREATE TABLE words (w text); CREATE INDEX words_trgm ON words USING gin (w gin_trgm_ops);";
            a.execute("CREATE EXTENSION pg_trgm VERSION '1.5';" + words);
            b.execute("CREATE EXTENSION pg_trgm VERSION '1.6';" + words);
            Cli.Result refused = Cli.run("diff", "--verify", "--from", a.jdbcUrl(), "--to", b.jdbcUrl());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).startsWith("retort: ").contains("no update path from version 1.6 to 1.5")
                    .contains("index words_trgm on public.words");
        }
    }

    @Test
    void verifyWithADeclaredSideProvesThePlanWhereTheDeclarationWasBuilt(TestServer server,
                                                                         @TempDir java.nio.file.Path dir)
            throws Exception {
        try (TestDatabase a = server.createDatabase()) {
            java.nio.file.Files.writeString(dir.resolve("shop.sql"), SHOP);
            Cli.Result proven = Cli.run("--verbose", "diff", "--verify", "--from", a.jdbcUrl(), "--to", dir.toString());
            assertThat(proven.code()).as(proven.err()).isZero();
            assertThat(proven.out()).contains("CREATE VIEW public.order_customers");
            assertThat(proven.err()).contains("verified: the downgrade and the upgrade both apply")
                    .containsPattern("(created|reused) dev database");
            assertThat(proven.err().split("(created|reused) dev database", -1)).as("one dev database").hasSize(2);

            org.junit.jupiter.api.Assumptions.assumeTrue(server.major() >= 14, "pg_trgm 1.6 comes with PostgreSQL 14");
            String words = "CREATE TABLE words (w text); CREATE INDEX words_trgm ON words USING gin (w gin_trgm_ops);";
            a.execute("CREATE EXTENSION pg_trgm VERSION '1.5';" + words + SHOP);
            java.nio.file.Files.writeString(dir.resolve("trgm.sql"), "CREATE EXTENSION pg_trgm VERSION '1.6';\n"
                    + words + "\n");
            Cli.Result refused = Cli.run("diff", "--verify", "--from", a.jdbcUrl(), "--to", dir.toString());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).startsWith("retort: ").contains("no update path from version 1.6 to 1.5")
                    .contains("index words_trgm on public.words");
        }
    }

    @Test
    void badUrlsAreOneClearLine() {
        Cli.Result notPostgres = Cli.run("diff", "--from", "mysql://root:secret@localhost/x", "--to", "postgresql://h/db");
        assertThat(notPostgres.code()).isEqualTo(1);
        assertThat(notPostgres.err()).startsWith("retort: not a PostgreSQL URL").doesNotContain("secret")
                .doesNotContain("Exception");
        Cli.Result unreachable = Cli.run("inspect", "--url", "postgresql://nobody:pw@127.0.0.1:1/nothing");
        assertThat(unreachable.code()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("retort: Could not read the schema of postgresql://nobody:***@127.0.0.1:1/nothing")
                .doesNotContain(":pw@");
    }

    /** The database's URL in libpq form, to show both forms are accepted. */
    private static String libpq(TestDatabase db) {
        dev.retort.connection.DatabaseUrl url = dev.retort.connection.DatabaseUrl.parse(db.jdbcUrl());
        return "postgresql://" + url.user() + "@" + url.host() + ":" + url.port() + "/" + url.database();
    }

    private static void apply(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(sql);
            c.commit();
        }
    }
}
