package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revision.RevisionException;
import dev.retort.revision.RevisionTarget;
import dev.retort.sql.SqlStatement;
import dev.retort.sql.StatementSplitter;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@RetortDatabaseTest
class MigrationRunnerTest {
    private static RevisionTarget t(String target) {
        return RevisionTarget.parse(target);
    }

    private static Project linear(TestDatabase db) {
        Project p = new Project(db);
        p.write("aaa111", "", "CREATE TABLE customers (id int PRIMARY KEY, name text);", "DROP TABLE customers;");
        p.write("bbb222", "aaa111", "CREATE TABLE orders (\n  id int PRIMARY KEY,\n  customer int REFERENCES customers\n);",
                "DROP TABLE orders;");
        p.write("ccc333", "bbb222", "CREATE VIEW order_counts AS\n  SELECT customer, count(*) FROM orders GROUP BY customer;",
                "DROP VIEW order_counts;");
        return p;
    }

    @Test
    void linearUpgradeDowngradeOneAndBackToBaseRoundTrips(TestDatabase db) throws Exception {
        Project p = linear(db);
        List<String> before = p.relations();

        MigrationRunner.RunResult up = p.runner().upgrade(t("head"));
        assertThat(up.revisions()).containsExactly("aaa111", "bbb222", "ccc333");
        assertThat(p.runner().current()).containsExactly("ccc333");
        assertThat(p.userRelations()).contains("public.customers:r", "public.orders:r", "public.order_counts:v");
        assertThat(db.queryColumn("SELECT revision || ':' || direction || ':' || (checksum IS NOT NULL) || ':' || (duration_ms >= 0) "
                + "FROM retort_history ORDER BY id")).containsExactly("aaa111:upgrade:true:true", "bbb222:upgrade:true:true",
                "ccc333:upgrade:true:true");
        assertThat(p.log).anyMatch(l -> l.startsWith("running upgrade bbb222 -> ccc333"));

        assertThat(p.runner().downgrade(t("-1")).revisions()).containsExactly("ccc333");
        assertThat(p.runner().current()).containsExactly("bbb222");
        assertThat(p.userRelations()).doesNotContain("public.order_counts:v").contains("public.orders:r");

        assertThat(p.runner().upgrade(t("+1")).revisions()).containsExactly("ccc333");
        assertThat(p.runner().downgrade(t("base")).revisions()).containsExactly("ccc333", "bbb222", "aaa111");
        assertThat(p.runner().current()).isEmpty();
        assertThat(p.userRelations()).isEqualTo(before);
        assertThat(p.runner().upgrade(t("head")).revisions()).hasSize(3);
        assertThat(p.runner().upgrade(t("head")).revisions()).isEmpty();
        assertThat(p.log).anyMatch(l -> l.equals("nothing to do: the database is at ccc333"));
    }

    @Test
    void offlineSqlTouchesNothingAndReplaysToTheSameState(TestDatabase db, TestServer server) throws Exception {
        Project p = linear(db);
        p.runner().upgrade(t("aaa111"));
        List<String> relations = p.relations();
        List<String> history = db.queryColumn("SELECT id || revision FROM retort_history ORDER BY id");

        StringWriter sql = new StringWriter();
        p.project().offlineUpgrade("head", TransactionMode.ALL, new PrintWriter(sql));
        String text = sql.toString();
        assertThat(text).contains("BEGIN;", "CREATE TABLE IF NOT EXISTS \"public\".\"retort_version\"",
                "CREATE TABLE customers", "CREATE VIEW order_counts", "INSERT INTO \"public\".\"retort_version\" (revision) VALUES ('aaa111');",
                "DELETE FROM \"public\".\"retort_version\" WHERE revision IN ('aaa111');",
                "INSERT INTO \"public\".\"retort_history\"", "COMMIT;");
        assertThat(p.relations()).isEqualTo(relations);
        assertThat(p.runner().current()).containsExactly("aaa111");
        assertThat(db.queryColumn("SELECT id || revision FROM retort_history ORDER BY id")).isEqualTo(history);

        // The printed script, run as is on an empty database, gets it to where an online upgrade would.
        try (TestDatabase replay = server.createDatabase(); Connection c = replay.connect(); Statement s = c.createStatement()) {
            for (SqlStatement st : StatementSplitter.split(Path.of("offline.sql"), text, 1)) {
                s.execute(st.sql());
            }
            assertThat(replay.queryColumn("SELECT revision FROM retort_version")).containsExactly("ccc333");
            assertThat(replay.queryColumn("SELECT count(*) FROM retort_history WHERE direction = 'upgrade'")).containsExactly("3");
        }

        StringWriter down = new StringWriter();
        p.project().offlineDowngrade("ccc333:aaa111", TransactionMode.ALL, new PrintWriter(down));
        assertThat(down.toString()).contains("DROP VIEW order_counts;", "DROP TABLE orders;").doesNotContain("DROP TABLE customers");
        assertThatThrownBy(() -> p.project().offlineDowngrade("-1", TransactionMode.ALL, new PrintWriter(new StringWriter())))
                .isInstanceOf(RevisionException.class).hasMessageContaining("needs a range FROM:TO");
    }

    @Test
    void twoHeadsRefuseUpgradeHeadUntilMerged(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("root01", "", "CREATE TABLE t (id int);", "DROP TABLE t;");
        p.write("left01", "root01", "ALTER TABLE t ADD COLUMN l int;", "ALTER TABLE t DROP COLUMN l;");
        p.write("right1", "root01", "ALTER TABLE t ADD COLUMN r int;", "ALTER TABLE t DROP COLUMN r;");
        assertThat(p.project().graph().heads()).containsExactlyInAnyOrder("left01", "right1");

        assertThatThrownBy(() -> p.runner().upgrade(t("head")))
                .isInstanceOf(RevisionException.class).hasMessageContaining("several heads").hasMessageContaining("merge");
        assertThat(p.userRelations()).isEmpty();

        assertThat(p.runner().upgrade(t("left01")).revisions()).containsExactly("root01", "left01");
        Path merge = p.project().merge("join left and right", List.of("heads"), null);
        assertThat(merge.getFileName().toString()).matches("[0-9a-f]{12}_join_left_and_right\\.sql");
        String mergeId = merge.getFileName().toString().substring(0, 12);
        assertThat(Files.readString(merge)).contains("-- Revises: left01, right1");
        assertThat(p.project().graph().heads()).containsExactly(mergeId);

        assertThat(p.runner().upgrade(t("head")).revisions()).containsExactly("right1", mergeId);
        assertThat(p.runner().current()).containsExactly(mergeId);
        assertThat(db.queryColumn("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute "
                + "WHERE attrelid = 't'::regclass AND attnum > 0")).containsExactly("id,l,r");

        // Down to left01 reverts what descends from it (the merge): both branch heads remain.
        assertThat(p.runner().downgrade(t("left01")).revisions()).containsExactly(mergeId);
        assertThat(p.runner().current()).containsExactly("left01", "right1");
        assertThat(p.runner().downgrade(t("root01")).revisions()).containsExactlyInAnyOrder("left01", "right1");
        assertThat(p.runner().current()).containsExactly("root01");
        p.runner().downgrade(t("base"));
        assertThat(p.userRelations()).isEmpty();
    }

    @Test
    void fourConcurrentRunnersApplyEachRevisionExactlyOnce(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("c00001", "", "CREATE TABLE applied (revision text);\nSELECT pg_sleep(0.3);\nINSERT INTO applied VALUES ('c00001');",
                "DROP TABLE applied;");
        for (int i = 2; i <= 5; i++) {
            p.write("c0000" + i, "c0000" + (i - 1), "INSERT INTO applied VALUES ('c0000" + i + "');",
                    "DELETE FROM applied WHERE revision = 'c0000" + i + "';");
        }
        int runners = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                MigrationRunner runner = p.runner();
                Callable<List<String>> run = () -> {
                    start.await();
                    return runner.upgrade(t("head")).revisions();
                };
                results.add(pool.submit(run));
            }
            start.countDown();
            List<String> appliedByRunners = new ArrayList<>();
            for (Future<List<String>> f : results) {
                appliedByRunners.addAll(f.get());
            }
            assertThat(appliedByRunners).containsExactlyInAnyOrder("c00001", "c00002", "c00003", "c00004", "c00005");
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.queryColumn("SELECT revision FROM applied ORDER BY revision"))
                .containsExactly("c00001", "c00002", "c00003", "c00004", "c00005");
        assertThat(db.queryColumn("SELECT count(*) FROM retort_history")).containsExactly("5");
        assertThat(p.runner().current()).containsExactly("c00005");
    }

    @Test
    void aRunnerWaitsForTheAdvisoryLock(TestDatabase db) throws Exception {
        Project p = linear(db);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + AdvisoryLock.keyFor("public") + ")");
            Future<MigrationRunner.RunResult> run = pool.submit(() -> p.runner().upgrade(t("aaa111")));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (p.log.stream().noneMatch(l -> l.startsWith("waiting for another retort run")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(p.log).anyMatch(l -> l.startsWith("waiting for another retort run"));
            Thread.sleep(200);
            assertThat(run).isNotDone();
            assertThat(p.relations()).isEmpty();
            s.execute("SELECT pg_advisory_unlock(" + AdvisoryLock.keyFor("public") + ")");
            assertThat(run.get().revisions()).containsExactly("aaa111");
        } finally {
            pool.shutdownNow();
        }
        assertThat(p.runner().current()).containsExactly("aaa111");
    }

    @Test
    void aFailingStatementLeavesNoTraceAndNamesFileAndLine(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("good01", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        Path bad = p.write("bad001", "good01", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nSELECT\n  id,\n  no_such_column\nFROM b;",
                "DROP TABLE b;");
        List<String> before = p.relations();

        assertThatThrownBy(() -> p.runner().upgrade(t("head")))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith(bad + ":12: upgrade of revision bad001 failed: ERROR: column \"no_such_column\" does not exist")
                .hasMessageContaining("in the statement starting at line 10: SELECT ...")
                .hasMessageContaining("Nothing was applied");
        assertThat(p.relations()).isEqualTo(before); // not even the version tables

        // A transaction per revision keeps the good revision and rolls back only the bad one.
        assertThatThrownBy(() -> p.runner(TransactionMode.PER_REVISION).upgrade(t("head")))
                .hasMessageContaining("Committed before the failure, and still applied: good01");
        assertThat(p.runner().current()).containsExactly("good01");
        assertThat(p.userRelations()).containsExactly("public.a:r");
    }

    @Test
    void anAppliedRevisionEditedAfterwardsIsRefusedUntilRepaired(TestDatabase db) throws Exception {
        Project p = linear(db);
        p.runner().upgrade(t("bbb222"));
        Path file = p.migrations.resolve("bbb222_bbb222.sql");
        String original = Files.readString(file);

        Files.writeString(file, original.replace("-- Revision bbb222", "-- Revision bbb222, reworded"));
        assertThat(p.runner().changedRevisions()).isEmpty(); // the header comment is not part of the checksum

        Files.writeString(file, original.replace("customer int", "customer_id int"));
        assertThatThrownBy(() -> p.runner().upgrade(t("head")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("refusing to run: the applied part of the revision graph was changed since it was applied")
                .hasMessageContaining("bbb222 (" + file + ")")
                .hasMessageContaining("retort repair bbb222");
        assertThat(p.runner().current()).containsExactly("bbb222");
        assertThatThrownBy(() -> p.runner().downgrade(t("base"))).hasMessageContaining("refusing to run");

        assertThat(p.runner().repair(List.of("bbb"), false)).containsExactly("bbb222");
        assertThat(p.runner().changedRevisions()).isEmpty();
        assertThat(p.runner().upgrade(t("head")).revisions()).containsExactly("ccc333");
        assertThat(db.queryColumn("SELECT direction FROM retort_history WHERE revision = 'bbb222' ORDER BY id"))
                .containsExactly("upgrade", "repair");
    }

    @Test
    void stampMovesTheVersionTableWithoutRunningSql(TestDatabase db) throws Exception {
        Project p = linear(db);
        p.runner().upgrade(t("head"));
        List<String> relations = p.userRelations();

        p.runner().stamp(t("base"));
        assertThat(db.queryColumn("SELECT count(*) FROM retort_version")).containsExactly("0");
        assertThat(p.userRelations()).isEqualTo(relations);
        assertThat(db.queryColumn("SELECT revision FROM retort_history WHERE direction = 'unstamp' ORDER BY id"))
                .containsExactly("ccc333", "bbb222", "aaa111");

        p.runner().stamp(t("bbb222"));
        assertThat(p.runner().current()).containsExactly("bbb222");
        p.runner().stamp(t("+1"));
        assertThat(p.runner().current()).containsExactly("ccc333");
        p.runner().stamp(t("-2"));
        assertThat(p.runner().current()).containsExactly("aaa111");
        assertThat(p.userRelations()).isEqualTo(relations);
    }

    @Test
    void theVersionSchemaMayNeedQuoting(TestDatabase db) throws Exception {
        Project p = new Project(db, "Odd \"Schema\"");
        p.write("aaa111", "", "CREATE TABLE t (id int);", "DROP TABLE t;");
        p.runner().upgrade(t("head"));
        assertThat(p.relations()).contains("Odd \"Schema\".retort_version:r", "Odd \"Schema\".retort_history:r");
        assertThat(db.queryColumn("SELECT revision FROM \"Odd \"\"Schema\"\"\".retort_version")).containsExactly("aaa111");
        p.runner().downgrade(t("base"));
        assertThat(p.runner().current()).isEmpty();
    }

    @Test
    void noTransactionRevisionsRunOnTheirOwn(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("aaa111", "", "CREATE TABLE t (id int);", "DROP TABLE t;");
        p.write("bbb222", "aaa111", "CREATE INDEX CONCURRENTLY t_id ON t (id);", "DROP INDEX CONCURRENTLY t_id;",
                "-- migrate:no-transaction");
        p.write("ccc333", "bbb222", "ALTER TABLE t ADD COLUMN c int;", "ALTER TABLE t DROP COLUMN c;");
        assertThat(p.runner().upgrade(t("head")).revisions()).containsExactly("aaa111", "bbb222", "ccc333");
        assertThat(p.userRelations()).contains("public.t_id:i");
        p.runner().downgrade(t("base"));
        assertThat(p.userRelations()).isEmpty();

        StringWriter sql = new StringWriter();
        p.project().offlineUpgrade("head", TransactionMode.ALL, new PrintWriter(sql));
        assertThat(sql.toString()).containsSubsequence("CREATE TABLE t", "COMMIT;", "[no transaction]",
                "CREATE INDEX CONCURRENTLY", "BEGIN;", "ALTER TABLE t ADD COLUMN c int;", "COMMIT;");

        StringWriter perRevision = new StringWriter();
        p.project().offlineUpgrade("aaa111:head", TransactionMode.PER_REVISION, new PrintWriter(perRevision));
        assertThat(perRevision.toString()).doesNotContain("CREATE TABLE t").containsSubsequence("BEGIN;",
                "CREATE TABLE IF NOT EXISTS", "COMMIT;", "CREATE INDEX CONCURRENTLY", "BEGIN;", "ADD COLUMN c", "COMMIT;");
        assertThat(perRevision.toString().split("BEGIN;", -1)).hasSize(3);
    }

    @Test
    void anIrreversibleRevisionStopsADowngradeBeforeAnythingRuns(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("aaa111", "", "CREATE TABLE t (id int);", "DROP TABLE t;");
        p.write("bbb222", "aaa111", "CREATE TABLE u (id int);", null);
        p.runner().upgrade(t("head"));
        assertThatThrownBy(() -> p.runner().downgrade(t("base")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("bbb222 has no '-- migrate:downgrade' section");
        assertThat(p.runner().current()).containsExactly("bbb222");
    }

    @Test
    void aDatabaseAtAnUnknownRevisionIsReported(TestDatabase db) throws Exception {
        Project p = linear(db);
        p.runner().upgrade(t("head"));
        Files.delete(p.migrations.resolve("ccc333_ccc333.sql"));
        assertThatThrownBy(() -> p.runner().upgrade(t("head")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("is at revision ccc333, which is not in the migrations directory");
    }
}
