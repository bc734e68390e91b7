package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line refuses rather than guesses, and how it stops. */
@RetortDatabaseTest
class SafetyCommandsTest {
    private static final String HERE = " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private static Path project(Path dir) {
        assertThat(Cli.run("init", dir.toString()).code()).isZero();
        return dir.resolve("retort.toml");
    }

    private static void revision(Path dir, String fileName, String id, String revises, String upgrade) throws Exception {
        Files.writeString(dir.resolve("migrations").resolve(fileName), "-- " + id + "\n-- Revision ID: " + id
                + "\n-- Revises: " + revises + "\n-- Create Date: 2026-01-01 00:00:00\n\n-- migrate:upgrade\n" + upgrade
                + "\n\n-- migrate:downgrade\nSELECT 1;\n");
    }

    private static Cli.Result retort(Path config, TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--url", db.jdbcUrl()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<String> relations(TestDatabase db) throws Exception {
        return db.queryColumn("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1");
    }

    @Test
    void infoAndCurrentNameARevisionLeftHalfway(@TempDir Path dir, TestDatabase db) throws Exception {
        Path config = project(dir);
        db.execute("CREATE TABLE t (id int)");
        revision(dir, "r01_halfway.sql", "r01", "", "INSERT INTO t VALUES (1);\nINSERT INTO nowhere VALUES (2);");
        Path file = dir.resolve("migrations").resolve("r01_halfway.sql");
        Files.writeString(file, Files.readString(file).replace("-- migrate:upgrade", "-- migrate:no-transaction\n-- migrate:upgrade"));
        assertThat(retort(config, db, "stamp", "base").code()).isZero();
        assertThat(retort(config, db, "upgrade").code()).isEqualTo(1);

        Cli.Result current = retort(config, db, "current");
        assertThat(current.code()).isZero();
        assertThat(current.out()).contains("interrupted: the upgrade of r01 was interrupted after 1 of 2 statements")
                .contains("'retort repair r01 --resume' finishes it");
        assertThat(retort(config, db, "current", "--json").out()).contains("\"interrupted\": [\"r01\"]");
        Cli.Result info = retort(config, db, "info");
        assertThat(info.out()).contains("interrupted: the upgrade of r01").doesNotContain("(up to date)")
                .containsPattern("r01 +interrupted");
        assertThat(retort(config, db, "info", "--json").out())
                .contains("\"interrupted\": [{\"revision\": \"r01\", \"direction\": \"upgrade\", \"finished\": 1");

        assertThat(retort(config, db, "stamp", "r01").code()).isZero();
        assertThat(retort(config, db, "current").out()).doesNotContain("interrupted");
        assertThat(retort(config, db, "info").out()).contains("(up to date)");
    }

    @Test
    void anEmptyUrlIsAnErrorNotTheEmbeddedDefault(@TempDir Path dir) {
        Path config = project(dir);
        Cli.Result option = Cli.run("current", "--config", config.toString(), "--url", "");
        assertThat(option.code()).isEqualTo(1);
        assertThat(option.err()).contains("--url is set but empty");
        Map<String, String> env = Cli.hermeticEnvironment();
        env.put("RETORT_URL", "");
        Cli.Result variable = Cli.run(env, "current", "--config", config.toString());
        assertThat(variable.code()).isEqualTo(1);
        assertThat(variable.err()).contains("RETORT_URL is set but empty");
        assertThat(dir.resolve(".retort")).doesNotExist();
    }

    @Test
    void aUrlNamingAnotherHostNeverReachesTheDefaultServer(@TempDir Path dir, TestDatabase db) throws Exception {
        Path config = project(dir);
        revision(dir, "r01_first.sql", "r01", "", "CREATE TABLE t (id int);");
        // The database exists on the default server (localhost:5432 when RETORT_TEST_URL is unset or names it).
        for (String url : List.of("postgresql://postgres@prod_db:5432/" + db.name(),
                "postgresql://postgres@127.0.0.1:5432x/" + db.name(), "postgresql://postgres@[::1:5432/" + db.name())) {
            Cli.Result r = Cli.run("upgrade", "--config", config.toString(), "--url", url);
            assertThat(r.code()).as(url + ": " + r.err()).isEqualTo(1);
        }
        assertThat(relations(db)).isEmpty();
        Cli.Result secret = Cli.run("upgrade", "--config", config.toString(), "--url", "postgresql:/u:hunter2@h/db");
        assertThat(secret.err()).contains("not a PostgreSQL URL").doesNotContain("hunter2");
    }

    @Test
    void aHostListMigratesTheServerItNamesNotTheDefaultOne(@TempDir Path dir, TestDatabase db, TestServer shared)
            throws Exception {
        Path config = project(dir);
        revision(dir, "r01_first.sql", "r01", "", "CREATE TABLE t (id int);");
        TestServer second = TestServer.embedded(shared.major() == 16 ? 17 : 16);
        try (TestDatabase there = second.createDatabase()) {
            // A database of the same name on the default server: the one a parser falling back to localhost hits.
            db.execute("CREATE DATABASE " + there.name());
            try {
                String port = there.jdbcUrl().replaceAll(".*127\\.0\\.0\\.1:(\\d+)/.*", "$1");
                Cli.Result r = Cli.run("upgrade", "--config", config.toString(), "--url",
                        "postgresql://postgres@127.0.0.1:1,127.0.0.1:" + port + "/" + there.name());
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(there.queryColumn("SELECT revision FROM retort_version")).containsExactly("r01");
                String sameName = db.jdbcUrl().replace("/" + db.name() + "?", "/" + there.name() + "?");
                try (Connection c = java.sql.DriverManager.getConnection(sameName); Statement s = c.createStatement();
                     java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_class WHERE relname = 't'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the default server's database of that name").isZero();
                }
            } finally {
                db.execute("DROP DATABASE " + there.name() + " WITH (FORCE)");
            }
        }
    }

    @Test
    void libpqVariablesAreHonouredWhenNothingElseIsConfigured(@TempDir Path dir) {
        Path config = project(dir);
        Map<String, String> env = Cli.hermeticEnvironment();
        env.putAll(Map.of("PGHOST", "no_such_host.invalid", "PGPORT", "5432", "PGUSER", "nobody", "PGDATABASE", "x",
                "PGPASSWORD", "hunter2"));
        Cli.Result r = Cli.run(env, "current", "--config", config.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot connect to postgresql://nobody:***@no_such_host.invalid:5432/x")
                .doesNotContain("hunter2").doesNotContain("embedded");
    }

    @Test
    void quietAndVerboseAndTheirMessages(@TempDir Path dir, TestDatabase db) throws Exception {
        Path config = project(dir);
        Cli.Result none = retort(config, db, "upgrade", "head");
        assertThat(none.code()).as(none.err()).isZero();
        revision(dir, "r01_first.sql", "r01", "", "CREATE TABLE a (id int);");
        revision(dir, "r02_second.sql", "r02", "r01", "CREATE TABLE b (id int);");
        revision(dir, "r03_third.sql", "r03", "r02", "CREATE TABLE c (id int);");

        Cli.Result both = Cli.run("-q", "-v", "upgrade", "--config", config.toString(), "--url", db.jdbcUrl());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("-q (--quiet) and -v (--verbose) contradict each other");
        assertThat(relations(db)).doesNotContain("a");

        Cli.Result quiet = Cli.run("-q", "upgrade", "r02", "--config", config.toString(), "--url", db.jdbcUrl());
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();

        assertThat(retort(config, db, "upgrade", "+2").err()).contains("cannot go 2 up from r02: there is only 1 "
                + "revision above it (r03 is a head)");
        assertThat(retort(config, db, "downgrade", "-3").err()).contains("cannot go 3 down from r02: there is only 1 "
                + "revision below it");
        assertThat(retort(config, db, "downgrade", "-4").err()).contains("there is only 1 revision below it");
        assertThat(retort(config, db, "stamp", "base").code()).isZero();
        assertThat(retort(config, db, "upgrade", "+4").err()).contains("cannot go 4 up from base: there are only 3 "
                + "revisions above it");

        Cli.Result down = Cli.run("upgrade", "--sql", "r03:r01", "--config", config.toString());
        assertThat(down.code()).isEqualTo(1);
        assertThat(down.err()).contains("upgrade --sql r03:r01 goes down").contains("downgrade --sql r03:r01");
        Cli.Result up = Cli.run("downgrade", "--sql", "base:head", "--config", config.toString());
        assertThat(up.code()).isEqualTo(1);
        assertThat(up.err()).contains("downgrade --sql base:head goes up");
        assertThat(Cli.run("upgrade", "--sql", "r01:r03", "--config", config.toString()).out()).contains("CREATE TABLE b",
                "CREATE TABLE c").doesNotContain("CREATE TABLE a");

        assertThat(retort(config, db, "upgrade", "--lock-timeout", "10").err())
                .contains("--lock-timeout '10' is not a duration");
    }

    @Test
    void badRevisionFilesGetAClearError(@TempDir Path dir, TestDatabase db) throws Exception {
        Path config = project(dir);
        Path migrations = dir.resolve("migrations");
        revision(dir, "r01_first.sql", "r01", "", "CREATE TABLE a (id int);");

        revision(dir, "r02_second.sql", "r02", "r01,", "SELECT 1;");
        assertThat(retort(config, db, "upgrade").err()).contains("r02_second.sql:3: an empty entry in 'Revises: r01,' "
                + "(a stray comma?)");
        revision(dir, "r02_second.sql", "r02", "r01", "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n");
        assertThat(retort(config, db, "upgrade").err()).contains("r02_second.sql:8: unterminated BEGIN ATOMIC body");
        Files.delete(migrations.resolve("r02_second.sql"));

        Files.write(migrations.resolve("r02_latin1.sql"), ("-- r02\n-- Revision ID: r02\n-- Revises: r01\n\n-- migrate:upgrade\n"
                + "SELECT 'caf\u00e9';\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(retort(config, db, "upgrade").err()).contains("r02_latin1.sql:6: is not UTF-8 text: byte 0xE9 at byte "
                + "offset 74");
        Files.write(migrations.resolve("r02_latin1.sql"), "-- r02\n-- Revision ID: r02\n-- Revises: r01\n\n-- migrate:upgrade\nSELECT 1;\0\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(retort(config, db, "upgrade").err()).contains("r02_latin1.sql:6: contains a NUL byte (at byte offset 72)");
        Files.delete(migrations.resolve("r02_latin1.sql"));

        revision(dir, "R02.SQL", "R02", "r01", "CREATE TABLE upper_case (id int);");
        Cli.Result upper = retort(config, db, "upgrade");
        assertThat(upper.code()).as(upper.err()).isZero();
        assertThat(relations(db)).contains("upper_case");

        revision(dir, "r03-third.sql", "r03", "R02", "SELECT 1;");
        assertThat(retort(config, db, "upgrade").err()).contains("r03-third.sql:2: the header says 'Revision ID: r03' but "
                + "the file name does not start with 'r03_'");
        Files.delete(migrations.resolve("r03-third.sql"));

        Files.createSymbolicLink(migrations.resolve("r03_gone.sql"), dir.resolve("nowhere.sql"));
        assertThat(retort(config, db, "upgrade").err()).contains("r03_gone.sql is a symbolic link to nothing");
        Files.delete(migrations.resolve("r03_gone.sql"));

        Files.createDirectories(dir.resolve("schema"));
        Files.createSymbolicLink(dir.resolve("schema").resolve("tables.sql"), dir.resolve("nowhere.sql"));
        Cli.Result diff = Cli.run("check", "--config", config.toString(), "--url", db.jdbcUrl());
        assertThat(diff.err()).contains("tables.sql is a symbolic link to nothing");
        Files.delete(dir.resolve("schema").resolve("tables.sql"));
        Files.write(dir.resolve("schema").resolve("tables.sql"), "CREATE TABLE caf\u00e9 (id int);".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Cli.run("check", "--config", config.toString(), "--url", db.jdbcUrl()).err())
                .contains("tables.sql:1: is not UTF-8 text: byte 0xE9 at byte offset 16");

        Path file = dir.resolve("not-a-directory");
        Files.writeString(file, "x");
        Files.writeString(config, Files.readString(config).replace("directory = \"migrations\"", "directory = \"not-a-directory\""));
        assertThat(retort(config, db, "upgrade").err()).contains("not-a-directory is a file, not a directory");
    }

    @Test
    void timeoutsComeFromTomlEnvironmentAndOptionsInThatOrder(@TempDir Path dir, TestDatabase db) throws Exception {
        Path config = project(dir);
        db.execute("CREATE TABLE orders (id int)");
        revision(dir, "r01_first.sql", "r01", "", "ALTER TABLE orders ADD COLUMN note text;");
        // The revisions run on top of a table made by hand: said on purpose (an unstamped database is refused).
        assertThat(retort(config, db, "stamp", "base").code()).isZero();
        // Long enough for the watch (it looks a third of the way into the wait) to see the holder on a busy machine.
        Files.writeString(config, Files.readString(config).replace("# lock_timeout = \"10s\"", "lock_timeout = \"900ms\""));
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("SELECT * FROM orders");
            assertThat(retort(config, db, "upgrade").err()).contains("waited 900 ms (the lock timeout) for a lock on orders");
            Map<String, String> env = Cli.hermeticEnvironment();
            env.put("RETORT_LOCK_TIMEOUT", "250ms");
            assertThat(Cli.run(env, "upgrade", "--config", config.toString(), "--url", db.jdbcUrl()).err())
                    .contains("waited 250 ms (the lock timeout)");
            assertThat(Cli.run(env, "upgrade", "--lock-timeout", "100ms", "--config", config.toString(), "--url",
                    db.jdbcUrl()).err()).contains("waited 100 ms (the lock timeout)");
            holder.rollback();
        }
        Files.writeString(config, Files.readString(config).replace("lock_timeout = \"900ms\"", "lock_timeout = \"soon\""));
        assertThat(retort(config, db, "upgrade").err()).contains("retort.toml:").contains("lock_timeout 'soon' is not a duration");
    }

    private static Process retortProcess(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RetortCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("RETORT_"));
        return pb.start();
    }

    @Test
    void ctrlCAndOtherSignalsCancelTheStatementOnTheServer(@TempDir Path dir, TestDatabase db) throws Exception {
        Path config = project(dir);
        db.execute("CREATE TABLE orders (id int)");
        revision(dir, "r01_first.sql", "r01", "", "ALTER TABLE orders ADD COLUMN note text;");
        // The revisions run on top of a table made by hand: said on purpose (an unstamped database is refused).
        assertThat(retort(config, db, "stamp", "base").code()).isZero();
        for (String signal : List.of("INT", "TERM", "HUP")) {
            try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
                holder.setAutoCommit(false);
                s.execute("SELECT * FROM orders"); // a long report: the ALTER queues behind it
                Process retort = retortProcess("upgrade", "--lock-timeout", "0", "--config", config.toString(), "--url",
                        db.jdbcUrl());
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (db.queryColumn("SELECT count(*) FROM pg_locks WHERE NOT granted" + HERE).equals(List.of("0"))
                            && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE NOT granted" + HERE)).containsExactly("1");
                    new ProcessBuilder("kill", "-" + signal, Long.toString(retort.pid())).start().waitFor();
                    assertThat(retort.waitFor(60, TimeUnit.SECONDS)).as(signal).isTrue();
                    String err = new String(retort.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(err).as(signal).contains("cancelled on request").contains("Nothing was applied");
                } finally {
                    retort.destroyForcibly();
                }
                // The reader still holds its lock: nothing of ours may still be queued or held.
                assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE NOT granted" + HERE)).as(signal).containsExactly("0");
                assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'" + HERE)).as(signal)
                        .containsExactly("0");
                holder.rollback();
            }
        }
        assertThat(relations(db)).filteredOn(r -> !r.startsWith("retort_")).containsExactly("orders"); // stamped base only
    }

    @Test
    void pgjdbcLogLinesNeverReachTheTerminal() {
        // pgjdbc logs through java.util.logging, whose default console handler prints WARNING lines to stderr.
        RetortCli.commandLine();
        assertThat(java.util.logging.Logger.getLogger("org.postgresql.core.v3.ConnectionFactoryImpl")
                .isLoggable(java.util.logging.Level.WARNING)).isFalse();
        assertThat(java.util.logging.Logger.getLogger("org.postgresql.Driver").isLoggable(java.util.logging.Level.SEVERE)).isFalse();
    }
}
