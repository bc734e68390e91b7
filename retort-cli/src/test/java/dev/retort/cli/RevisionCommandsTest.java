package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The revision commands end to end, as a user types them, against a real database. No global state is touched. */
@RetortDatabaseTest
class RevisionCommandsTest {
    private record Result(int code, String out, String err) {
    }

    private static Result retort(String... args) {
        Cli.Result r = Cli.run(args);
        return new Result(r.code(), r.out(), r.err());
    }

    /** Runs a project command with --config and --url added. */
    private static Result retort(Path dir, TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", dir.resolve("retort.toml").toString(), "--url", db.jdbcUrl()));
        return retort(all.toArray(String[]::new));
    }

    private static Path ok(Result r) {
        assertThat(r.code).as(r.err).isZero();
        return Path.of(r.out.strip());
    }

    private static void addSql(Path file, String upgrade, String downgrade) throws Exception {
        String text = Files.readString(file);
        Files.writeString(file, text.replace("-- migrate:upgrade\n", "-- migrate:upgrade\n" + upgrade + "\n")
                .replace("-- migrate:downgrade\n", "-- migrate:downgrade\n" + downgrade + "\n"));
    }

    @Test
    void aProjectFromInitToMergeAndBack(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-cli");
        Result init = retort("init", dir.toString());
        assertThat(init.code).isZero();
        assertThat(init.out).contains("retort.toml", "migrations", "schema");
        assertThat(dir.resolve("migrations")).isDirectory();
        assertThat(retort("init", dir.toString()).err).contains("already exists");

        Path first = ok(retort(dir, db, "revision", "-m", "Create customers", "--rev-id", "aaa111"));
        assertThat(first.getFileName().toString()).isEqualTo("aaa111_create_customers.sql");
        addSql(first, "CREATE TABLE customers (id int PRIMARY KEY);", "DROP TABLE customers;");
        Path second = ok(retort(dir, db, "revision", "-m", "Add orders"));
        assertThat(second.getFileName().toString()).matches("[0-9a-f]{12}_add_orders\\.sql");
        assertThat(Files.readString(second)).contains("-- Revises: aaa111");
        addSql(second, "CREATE TABLE orders (id int, customer int REFERENCES customers);", "DROP TABLE orders;");
        String secondId = second.getFileName().toString().substring(0, 12);

        Result offline = retort(dir, db, "upgrade", "head", "--sql");
        assertThat(offline.code).isZero();
        assertThat(offline.out).contains("CREATE TABLE customers", "CREATE TABLE orders", "retort_version");
        assertThat(retort(dir, db, "current").out).isEmpty();
        assertThat(db.queryColumn("SELECT count(*) FROM pg_class WHERE relname IN ('customers', 'retort_version')")).containsExactly("0");

        Result up = retort(dir, db, "upgrade");
        assertThat(up.code).as(up.err).isZero();
        assertThat(up.out).contains("running upgrade base -> aaa111", "done: 2 revisions; the database is at " + secondId);
        assertThat(retort(dir, db, "current").out).isEqualTo(secondId + " (head)\n");

        Path branch = ok(retort(dir, db, "revision", "-m", "Customer names", "--head", "aaa111", "--splice", "--rev-id", "bbb222",
                "--branch-label", "names"));
        addSql(branch, "ALTER TABLE customers ADD COLUMN name text;", "ALTER TABLE customers DROP COLUMN name;");
        assertThat(retort(dir, db, "heads").out).contains(secondId + " (head)", "bbb222 (head) (names)");
        assertThat(retort(dir, db, "branches").out).contains("<base> -> aaa111 (branchpoint), Create customers");

        Result refused = retort(dir, db, "upgrade", "head");
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.err).startsWith("retort: there are several heads").doesNotContain("\tat ");

        Path merge = ok(retort(dir, db, "merge", "-m", "Join names", "heads"));
        String mergeId = merge.getFileName().toString().substring(0, 12);
        assertThat(ok(retort(dir, db, "upgrade", "head"))).isNotNull();
        assertThat(retort(dir, db, "current").out).isEqualTo(mergeId + " (head) (mergepoint)\n");
        assertThat(retort(dir, db, "history").out.lines().toList()).hasSize(4)
                .first().asString().startsWith(secondId + ", bbb222 -> " + mergeId + " (head) (mergepoint), Join names");
        assertThat(retort(dir, db, "history", "-r", "names:").out.lines().toList()).hasSize(2);
        assertThat(retort(dir, db, "show", "names").out).contains("Rev: bbb222 (names)", "Parent: aaa111", "Customer names");

        assertThat(retort(dir, db, "downgrade", "-1").code).isZero();
        assertThat(retort(dir, db, "current").out).contains(secondId, "bbb222");
        Result offlineDown = retort(dir, db, "downgrade", "bbb222:base", "--sql");
        assertThat(offlineDown.out).containsSubsequence("ALTER TABLE customers DROP COLUMN name;", "DROP TABLE customers;");

        assertThat(retort(dir, db, "stamp", "base").code).isZero();
        assertThat(retort(dir, db, "current").out).isEmpty();
        assertThat(db.queryColumn("SELECT count(*) FROM retort_version")).containsExactly("0");
    }

    @Test
    void fourUpgradeProcessesStartedAtOnceApplyEachRevisionOnce(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-cli");
        retort("init", dir.toString());
        for (int i = 1; i <= 3; i++) {
            List<String> args = new ArrayList<>(List.of("revision", "-m", "step " + i, "--rev-id", "step" + i));
            Path file = ok(retort(dir, db, args.toArray(String[]::new)));
            addSql(file, (i == 1 ? "CREATE TABLE steps (id text);\nSELECT pg_sleep(0.5);\n" : "")
                    + "INSERT INTO steps VALUES ('step" + i + "');", i == 1 ? "DROP TABLE steps;" : "SELECT 1;");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), RetortCli.class.getName(),
                    "upgrade", "head", "--config", dir.resolve("retort.toml").toString(), "--url", db.jdbcUrl())
                    .redirectErrorStream(true).start());
        }
        StringBuilder outputs = new StringBuilder();
        for (Process p : processes) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(output).isZero();
            outputs.append(output);
        }
        assertThat(outputs.toString().lines().filter(l -> l.startsWith("running upgrade"))).hasSize(3);
        assertThat(db.queryColumn("SELECT id FROM steps ORDER BY id")).containsExactly("step1", "step2", "step3");
        assertThat(db.queryColumn("SELECT revision FROM retort_history ORDER BY id")).containsExactly("step1", "step2", "step3");
    }

    @Test
    void userErrorsAreOneClearLine(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-cli");
        assertThat(retort(dir, db, "heads").err).startsWith("retort: " + dir.resolve("retort.toml") + ": not found");
        retort("init", dir.toString());
        Files.writeString(dir.resolve("migrations/abc_x.sql"), "-- x\n-- Revision ID: abc\n-- Revises:\n\n-- migrate:upgrade\nSELECT 'oops;\n");
        Result bad = retort(dir, db, "upgrade");
        assertThat(bad.code).isEqualTo(1);
        assertThat(bad.err).isEqualTo("retort: " + dir.resolve("migrations/abc_x.sql") + ":6: unterminated string literal "
                + "(the ' opened here is never closed)\n");
        Files.delete(dir.resolve("migrations/abc_x.sql"));
        assertThat(retort(dir, db, "upgrade", "a b").err).contains("'a b' is not a revision target");
        assertThat(retort("heads", "--config", dir.resolve("retort.toml").toString()).code).isZero();
        Result embedded = retort("current", "--config", dir.resolve("retort.toml").toString());
        assertThat(embedded.code).as("with no database configured, an embedded one under .retort/").isZero();
        assertThat(embedded.err).contains("using an embedded PostgreSQL").contains(".retort");
        assertThat(dir.resolve(".retort")).isDirectory();
        Result badUrl = retort("current", "--config", dir.resolve("retort.toml").toString(), "--url", "mysql://u:secret@h/db");
        assertThat(badUrl.err).contains("not a PostgreSQL URL").doesNotContain("secret");
        Files.writeString(dir.resolve("retort.toml"), "[migrations]\ndirectroy = \"m\"\n");
        assertThat(retort(dir, db, "heads").err).contains("retort.toml:2: unknown setting migrations.directroy");
    }

    @Test
    void theUrlMayComeFromRetortToml(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-cli");
        retort("init", dir.toString());
        Files.writeString(dir.resolve("retort.toml"), Files.readString(dir.resolve("retort.toml"))
                .replace("# url = \"postgresql://user@localhost:5432/app\"", "url = \"" + db.jdbcUrl() + "\"")
                .replace("version_schema = \"public\"", "version_schema = \"Retort Meta\""));
        String config = dir.resolve("retort.toml").toString();
        Path file = ok(retort("revision", "-m", "one", "--config", config));
        addSql(file, "CREATE TABLE one (id int);", "DROP TABLE one;");
        assertThat(retort("upgrade", "--config", config).code).isZero();
        assertThat(db.queryColumn("SELECT revision FROM \"Retort Meta\".retort_version")).hasSize(1);
        Files.writeString(file, Files.readString(file).replace("id int", "id bigint"));
        Result refused = retort("upgrade", "--config", config);
        assertThat(refused.err).contains("refusing to run").contains("retort repair");
        assertThat(retort("repair", "--all", "--config", config).out).contains("accepted the changed file of");
        assertThat(retort("upgrade", "--config", config).out).contains("nothing to do");
    }
}
