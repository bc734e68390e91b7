package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Adopting a live database from the command line, as README's "Adopting an existing database" walks through it. */
@RetortDatabaseTest
class AdoptionCommandsTest {
    private static Cli.Result retort(Path dir, TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", dir.resolve("retort.toml").toString(), "--url", db.jdbcUrl()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void fromAFlywayManagedDatabaseToCheckPassing(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-adopt");
        Path flyway = dir.resolve("src/main/resources/db/migration");
        write(flyway.resolve("V1__customers.sql"), "CREATE TABLE customers (id bigint PRIMARY KEY, name text);\n");
        write(flyway.resolve("V2__orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY, "
                + "customer_id bigint REFERENCES customers (id));\nCREATE INDEX orders_customer ON orders (customer_id);\n");
        write(flyway.resolve("R__names.sql"), "CREATE OR REPLACE VIEW customer_names AS SELECT name FROM customers;\n");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(db.jdbcUrl());
        Flyway.configure().dataSource(ds).locations("filesystem:" + flyway).load().migrate();

        assertThat(Cli.run("init", dir.toString()).code()).isZero();
        write(dir.resolve("migrations/a1_first.sql"), "-- first\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\n"
                + "CREATE TABLE customers (id int);\n");
        // A first upgrade on it refuses before running anything, and says how to adopt it.
        Cli.Result refused = retort(dir, db, "upgrade");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Retort has never run on it", "2 tables", "retort import flyway",
                "retort baseline");
        Files.delete(dir.resolve("migrations/a1_first.sql"));

        Cli.Result imported = retort(dir, db, "import", "flyway", "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"schemaVersion\": 1", "\"tool\": \"flyway\"", "\"chain\": false",
                "\"file\": \"matches\"");
        assertThat(imported.err()).contains("public.flyway_schema_history (Flyway's history table) is left out of scope");

        db.execute("CREATE TABLE public.scratch_notes (x text)");
        assertThat(retort(dir, db, "check").code()).isEqualTo(1);
        Cli.Result check = retort(dir, db, "check", "--exclude", "scratch_*");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("ok:");
        assertThat(db.queryColumn("SELECT count(*) FROM public.retort_history WHERE direction = 'import'"))
                .containsExactly("3");
    }

    @Test
    void baselineFromTheCommandLine(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-baseline");
        db.execute("CREATE SCHEMA app; CREATE TABLE app.items (id int PRIMARY KEY); CREATE TABLE app.tmp_load (x text);"
                + "CREATE TABLE public.other (id int)");
        assertThat(Cli.run("init", dir.toString()).code()).isZero();
        Cli.Result help = Cli.run("baseline", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Examples:", "--no-stamp", "--exclude");

        Cli.Result b = retort(dir, db, "baseline", "--schema", "app", "--exclude", "app.tmp_*", "-m", "adopt",
                "--rev-id", "base1");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("base1_adopt.sql (3 statements, verified)", "schema", "app.sql",
                "stamped the database at base1");
        String file = Files.readString(dir.resolve("migrations/base1_adopt.sql"));
        assertThat(file).contains("CREATE TABLE app.items").doesNotContain("tmp_load").doesNotContain("public.other");
        assertThat(retort(dir, db, "current").out()).contains("base1");
        assertThat(retort(dir, db, "baseline").err()).contains("already managed");
    }

    @Test
    void diffReportsItsStatementsAndHazardsAsJson(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE public.items (id int)");
        Path empty = Files.createTempDirectory("retort-empty");
        Cli.Result refused = Cli.run("diff", "--from", db.jdbcUrl(), "--to", empty.toString(), "--json");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("refusing the plan: 1 statement with hazards that are not allowed")
                .contains("data loss: DROP TABLE public.items; [--allow-hazard data-loss]");
        Cli.Result diff = Cli.run("diff", "--from", db.jdbcUrl(), "--to", empty.toString(), "--json",
                "--allow-hazard", "data-loss");
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).startsWith("{\"schemaVersion\": 1, \"differs\": true, \"statements\": [")
                .contains("\"object\": \"table public.items\", \"action\": \"drop\", \"sql\": \"DROP TABLE public.items;\"")
                .contains("\"hazards\": [\"data loss\"");
    }
}
