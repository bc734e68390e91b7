package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retort diff with a declared schema (folder or retort.toml) on either side, as a user runs it. */
@RetortDatabaseTest
class DeclaredDiffCommandTest {
    private static final String TABLES = """
            CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), total numeric);
            """;

    @Test
    void brokenDeclarationFailsWithFileAndLineAndLeavesNothingBehind(TestDatabase target, @TempDir Path dir)
            throws Exception {
        write(dir, "tables.sql", TABLES);
        write(dir, "views/broken.sql", """
                -- Orders with their customer's name.
                CREATE VIEW order_names AS
                SELECT o.id,
                       c.nickname
                FROM orders o JOIN customers c ON c.id = o.customer_id;
                """);
        target.execute("CREATE TABLE untouched (id int)");
        String before = Cli.run("inspect", "--url", target.jdbcUrl(), "--json").out();

        Cli.Result r = Cli.run("--verbose", "diff", "--from", target.jdbcUrl(), "--to", dir.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("retort: " + dir.resolve("views/broken.sql") + ":4: view order_names: column "
                + "c.nickname does not exist").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Cli.run("inspect", "--url", target.jdbcUrl(), "--json").out()).as("target untouched")
                .isEqualTo(before);
        Matcher m = Pattern.compile("(?:created|reused) dev database (?:\\w+ as )?(retort_dev_\\w+)").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        assertThat(r.err()).containsPattern("(dropped|kept) dev database " + m.group(1));
        assertThat(target.queryColumn("SELECT datname FROM pg_database WHERE datname = '" + m.group(1) + "'"))
                .as("no dev database left behind").isEmpty();
    }

    @Test
    void anUnchangedFolderIsReadFromTheCacheUnlessNoCache(TestDatabase target, @TempDir Path dir,
                                                          @TempDir Path cache) throws Exception {
        write(dir, "tables.sql", TABLES);
        java.util.Map<String, String> env = Cli.hermeticEnvironment();
        env.put("XDG_CACHE_HOME", cache.toString());
        String[] diff = {"--verbose", "diff", "--from", target.jdbcUrl(), "--to", dir.toString()};

        Cli.Result first = Cli.run(env, diff);
        Cli.Result second = Cli.run(env, diff);
        Cli.Result uncached = Cli.run(env, "--verbose", "diff", "--no-cache", "--from", target.jdbcUrl(), "--to",
                dir.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("materialized").doesNotContain("snapshot cache");
        assertThat(second.err()).contains("declared schema read from the snapshot cache").doesNotContain("materialized");
        assertThat(uncached.err()).contains("materialized").doesNotContain("snapshot cache");
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(uncached.out()).contains("CREATE TABLE");
        try (var entries = Files.list(cache.resolve("retort/snapshots"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".snapshot"));
        }
    }

    @Test
    void folderOnEitherSideBuildsAndTearsDown(TestDatabase target, @TempDir Path dir) throws Exception {
        write(dir, "views/order_totals.sql", "CREATE VIEW order_totals AS\n"
                + "SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;\n");
        write(dir, "tables.sql", TABLES); // sorts after the view that needs it

        Cli.Result build = Cli.run("diff", "--from", target.jdbcUrl(), "--to", dir.toString());
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.out()).contains("CREATE TABLE public.customers").contains("CREATE VIEW public.order_totals");
        apply(target, build.out());
        assertThat(Cli.run("diff", "--from", target.jdbcUrl(), "--to", dir.toString()).out()).isEmpty();

        Cli.Result reverse = Cli.run("diff", "--from", dir.toString(), "--to", target.jdbcUrl());
        assertThat(reverse.code()).as(reverse.err()).isZero();
        assertThat(reverse.out()).isEmpty();

        target.execute("CREATE TABLE extra (id int)");
        Cli.Result teardown = Cli.run("diff", "--from", dir.toString(), "--to", target.jdbcUrl());
        assertThat(teardown.out()).startsWith("CREATE TABLE public.extra").doesNotContain("DROP");
    }

    @Test
    void entitiesOnlyFromAProjectConfigWithADevServer(TestDatabase target, TestDatabase devAdmin,
                                                      @TempDir Path dir) throws Exception {
        target.execute(TABLES);
        write(dir, "schema/totals.sql", "CREATE VIEW order_totals AS SELECT sum(total) AS total FROM orders;\n");
        String admin = dev.retort.connection.DatabaseUrl.parse(devAdmin.jdbcUrl()).toString();
        write(dir, "retort.toml", """
                [schema]
                directory = "schema"
                kinds = "entities"
                """);
        Cli.Result r = Cli.run("-v", "diff", "--from", target.jdbcUrl(), "--to", dir.resolve("retort.toml").toString(),
                "--dev-url", devAdmin.jdbcUrl());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("CREATE VIEW public.order_totals").doesNotContain("TABLE");
        assertThat(r.err()).contains("on " + admin.substring(0, admin.lastIndexOf('/') + 1))
                .contains("materialized 1 declared statements and ");
    }

    @Test
    void twoFoldersNeedOnlyADevServer(TestDatabase devAdmin, @TempDir Path dir) throws Exception {
        write(dir, "before/t.sql", "CREATE TABLE t (id int);");
        write(dir, "after/t.sql", "CREATE TABLE t (id int, note text);\nCOMMENT ON TABLE t IS 'notes';");
        Cli.Result r = Cli.run("diff", "--from", dir.resolve("before").toString(), "--to",
                dir.resolve("after").toString(), "--dev-url", devAdmin.jdbcUrl());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("note text")
                .contains("COMMENT ON TABLE public.t IS 'notes';");
    }

    @Test
    void embeddedDevServer(TestDatabase target, @TempDir Path dir) throws Exception {
        write(dir, "v.sql", "CREATE VIEW answer AS SELECT 42 AS n;");
        Cli.Result r = Cli.run("diff", "--from", target.jdbcUrl(), "--to", dir.toString(), "--dev-url", "embedded");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("CREATE VIEW public.answer");
    }

    @Test
    void badSidesAndKindsAreOneClearLine(TestDatabase target, @TempDir Path dir) {
        Cli.Result missing = Cli.run("diff", "--from", target.jdbcUrl(), "--to", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("retort: '" + dir.resolve("nope") + "' is neither a database URL "
                + "(postgresql://...), a folder of .sql files, nor a retort.toml\n");
        Cli.Result kinds = Cli.run("diff", "--from", target.jdbcUrl(), "--to", dir.toString(), "--kinds", "tablez");
        assertThat(kinds.err()).startsWith("retort: unknown object kind 'tablez'");
        Cli.Result noServer = Cli.run("diff", "--from", dir.toString(), "--to", dir.toString());
        assertThat(noServer.err()).startsWith("retort: a declared schema needs a database to be built in");
        Cli.Result badClass = Cli.run("diff", "--from", target.jdbcUrl(), "--to", dir.toString(), "--definition",
                "com.acme.Missing");
        assertThat(badClass.err()).isEqualTo("retort: schema definition class com.acme.Missing not found on the "
                + "classpath\n");
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void apply(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(sql);
            c.commit();
        }
    }

}
