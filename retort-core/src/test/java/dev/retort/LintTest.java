package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.LintFinding.Severity;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Retort.lint} on hand-written revisions, replayed on a real scratch database. */
@RetortDatabaseTest
class LintTest {
    private static void revision(Path dir, String id, String parent, String upgrade, String downgrade) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/" + id + "_" + id + ".sql"), "-- " + id + "\n--\n-- Revision ID: " + id
                + "\n-- Revises: " + parent + "\n-- Create Date: 2026-01-01 00:00:00\n\n-- migrate:upgrade\n" + upgrade
                + (downgrade == null ? "" : "\n-- migrate:downgrade\n" + downgrade));
    }

    private static Retort retort(TestDatabase db, Path dir) {
        return Retort.configure().url(db.jdbcUrl()).baseDirectory(dir).migrations("migrations").load();
    }

    /** Line of the file where {@code text} starts. */
    private static int lineOf(Path dir, String id, String text) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("migrations/" + id + "_" + id + ".sql"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void reportsWhatEachRevisionReallyChangesAtTheStatementResponsible(TestDatabase db, @TempDir Path dir)
            throws Exception {
        revision(dir, "a1", "", """
                CREATE TABLE orders (id int PRIMARY KEY, note text, total int, customer int);
                CREATE INDEX orders_total ON orders (total);
                """, "DROP TABLE orders;\n");
        revision(dir, "b2", "a1", """
                ALTER TABLE orders ADD COLUMN placed date;

                ALTER TABLE orders DROP COLUMN note;
                ALTER TABLE orders ALTER COLUMN total TYPE bigint;
                CREATE INDEX orders_customer ON orders (customer);
                DROP INDEX orders_total;
                """, """
                CREATE INDEX orders_total ON orders (total);
                DROP INDEX orders_customer;
                ALTER TABLE orders ALTER COLUMN total TYPE int;
                ALTER TABLE orders ADD COLUMN note text;
                ALTER TABLE orders DROP COLUMN placed;
                """);
        revision(dir, "b3", "b2", "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY orders_placed ON orders (placed);\n",
                "DROP INDEX CONCURRENTLY orders_placed;\n");
        revision(dir, "c3", "b3", "CREATE TABLE audit (id int);\n", null);
        revision(dir, "d4", "c3", "CREATE TABLE events (id int);\n", "SELECT 1;\n");
        try (Retort retort = retort(db, dir)) {
            LintResult result = retort.lint();
            assertThat(result.revisions()).containsExactly("a1", "b2", "b3", "c3", "d4");
            assertThat(result.findings()).extracting(f -> f.revision() + " " + f.severity() + " " + f.rule() + " "
                    + f.line()).containsExactlyInAnyOrder(
                    "b2 ERROR data-loss " + lineOf(dir, "b2", "DROP COLUMN note"),
                    "b2 ERROR table-rewrite " + lineOf(dir, "b2", "TYPE bigint"),
                    "b2 ERROR index-not-concurrent " + lineOf(dir, "b2", "orders_customer ON"),
                    "b2 WARNING index-drop-not-concurrent " + lineOf(dir, "b2", "DROP INDEX orders_total"),
                    "c3 WARNING missing-downgrade " + lineOf(dir, "c3", "CREATE TABLE audit"),
                    "d4 ERROR downgrade-mismatch " + lineOf(dir, "d4", "SELECT 1"));
            assertThat(result.findings()).allSatisfy(f -> assertThat(f.file().getFileName().toString())
                    .startsWith(f.revision() + "_"));
            LintFinding mismatch = result.findings(Severity.ERROR).get(3);
            assertThat(mismatch.message()).contains("leaves table public.events");
            assertThat(result.passed(false)).isFalse();

            // One revision: its ancestors are replayed, not linted; a clean one passes, strict or not.
            LintResult one = retort.lint("a1");
            assertThat(one.revisions()).containsExactly("a1");
            assertThat(one.findings()).isEmpty();
            assertThat(one.passed(true)).isTrue();
            LintResult warnings = retort.lint("c3");
            assertThat(warnings.passed(false)).isTrue();
            assertThat(warnings.passed(true)).isFalse();
        }
        // The configured database was never touched.
        assertThat(db.queryColumn("SELECT relname FROM pg_class WHERE relname IN ('orders', 'retort_version')"))
                .isEmpty();
    }

    @Test
    void wordsInCommentsAndStringsAreNotTheStatements(TestDatabase db, @TempDir Path dir) throws Exception {
        revision(dir, "a1", "", "CREATE TABLE t (id int, b int);\n", "DROP TABLE t;\n");
        revision(dir, "b2", "a1", """
                -- later: build it CONCURRENTLY, and add the check NOT VALID
                CREATE INDEX t_b ON t (b);
                ALTER TABLE t ADD CONSTRAINT t_b_positive CHECK (b > 0 OR 'not valid' IS NULL);
                """, "ALTER TABLE t DROP CONSTRAINT t_b_positive;\nDROP INDEX t_b;\n");
        try (Retort retort = retort(db, dir)) {
            assertThat(retort.lint("b2").findings()).extracting(f -> f.rule() + " " + f.line())
                    .containsExactly("index-not-concurrent " + lineOf(dir, "b2", "CREATE INDEX t_b"),
                            "constraint-validation " + lineOf(dir, "b2", "ADD CONSTRAINT t_b_positive"));
        }
    }

    @Test
    void renamesAreNotDataLoss(TestDatabase db, @TempDir Path dir) throws Exception {
        revision(dir, "a1", "", "CREATE TABLE t (id int, customer int);\nCREATE INDEX t_customer ON t (customer);\n",
                "DROP TABLE t;\n");
        revision(dir, "b2", "a1", "ALTER TABLE t RENAME COLUMN customer TO client;\nALTER TABLE t RENAME TO u;\n",
                "ALTER TABLE u RENAME TO t;\nALTER TABLE t RENAME COLUMN client TO customer;\n");
        revision(dir, "c3", "b2", "ALTER TABLE u DROP COLUMN client;\n", "ALTER TABLE u ADD COLUMN client int;\n");
        try (Retort retort = retort(db, dir)) {
            assertThat(retort.lint("b2").findings()).isEmpty();
            // Dropping the renamed column is data loss, and its downgrade cannot bring the index back.
            assertThat(retort.lint("c3").findings()).extracting(LintFinding::rule)
                    .containsExactlyInAnyOrder("data-loss", "downgrade-mismatch");
        }
    }

    @Test
    void aRevisionThatFailsStopsTheLintThere(TestDatabase db, @TempDir Path dir) throws Exception {
        revision(dir, "a1", "", "CREATE TABLE t (id int);\n", "DROP TABLE t;\n");
        revision(dir, "b2", "a1", "ALTER TABLE missing ADD COLUMN x int;\n", "SELECT 1;\n");
        revision(dir, "c3", "b2", "CREATE TABLE u (id int);\n", "DROP TABLE u;\n");
        revision(dir, "d5", "a1", "ALTER TABLE t ADD CONSTRAINT t_pos CHECK (id > 0);\n"
                + "ALTER TABLE t ALTER COLUMN id SET NOT NULL;\n", "ALTER TABLE t ALTER COLUMN id DROP NOT NULL;\n"
                + "ALTER TABLE t DROP CONSTRAINT t_pos;\n");
        try (Retort retort = retort(db, dir)) {
            LintResult result = retort.lint("b2", "c3");
            assertThat(result.findings()).extracting(LintFinding::rule).containsExactly("upgrade-fails");
            assertThat(result.revisions()).as("c3 cannot be linted after b2").containsExactly("b2");
            assertThat(result.findings().get(0).message()).contains("missing");
            LintResult locks = retort.lint("d5");
            assertThat(locks.findings()).extracting(LintFinding::rule)
                    .containsExactlyInAnyOrder("constraint-validation", "not-null-scan");
        }
    }
}
