package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

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
        assertThat(json.out()).contains("\"id\": \"view public.order_customers\"")
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

            Cli.Result teardown = Cli.run("diff", "--from", shop.jdbcUrl(), "--to", libpq(nothing));
            assertThat(teardown.out()).startsWith("DROP VIEW public.order_customers;");
            apply(shop, teardown.out());
            assertThat(shop.queryColumn("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"))
                    .containsExactly("0");
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
