package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revision.RevisionTarget;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runner never runs a statement twice, never waits without bound, and notices a rewritten applied graph. */
@RetortDatabaseTest
class RunnerSafetyTest {
    private static RevisionTarget t(String target) {
        return RevisionTarget.parse(target);
    }

    /** Waits (bounded) until a session other than {@code except} waits for a lock; returns its pid. */
    private static int waitingPid(TestDatabase db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<String> pids = db.queryColumn("SELECT pid FROM pg_locks WHERE NOT granted AND database = "
                    + "(SELECT oid FROM pg_database WHERE datname = current_database())");
            if (!pids.isEmpty()) {
                return Integer.parseInt(pids.get(0));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no session started waiting for a lock");
    }

    @Test
    void aNoTransactionRevisionKilledHalfwayIsNotRunAgainAndResumes(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE counter (n int); INSERT INTO counter VALUES (0); CREATE TABLE gate (id int)");
        Project p = new Project(db);
        p.write("nt0001", "", "UPDATE counter SET n = n + 1;\nALTER TABLE gate ADD COLUMN x int;\nUPDATE counter SET n = n + 10;", null,
                "-- migrate:no-transaction");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE gate IN ACCESS SHARE MODE");
            Future<?> run = pool.submit(() -> p.runner(RunSettings.DEFAULTS.withLockTimeout(Duration.ZERO)).upgrade(t("head")));
            int pid = waitingPid(db);
            db.execute("SELECT pg_terminate_backend(" + pid + ")"); // as kill -9 of the client leaves the server
            assertThatThrownBy(run::get).hasRootCauseInstanceOf(java.sql.SQLException.class);
            holder.rollback();
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.queryColumn("SELECT n FROM counter")).containsExactly("1");

        assertThatThrownBy(() -> p.runner().upgrade(t("head"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("the upgrade of revision nt0001")
                .hasMessageContaining("was interrupted")
                .hasMessageContaining("Known to have run: statements 1 of 3 (the last at line 9: UPDATE counter SET n = n + 1)")
                .hasMessageContaining("Statement 2 (line 10: ALTER TABLE gate ADD COLUMN x int) was running or about to run")
                .hasMessageContaining("retort repair nt0001 --resume");
        assertThat(db.queryColumn("SELECT n FROM counter")).as("the first UPDATE did not run twice").containsExactly("1");
        assertThat(p.runner().current()).isEmpty();

        MigrationRunner.RunResult resumed = p.runner().resume("nt0001");
        assertThat(resumed.headsAfter()).containsExactly("nt0001");
        assertThat(db.queryColumn("SELECT n FROM counter")).containsExactly("11");
        assertThat(p.runner().current()).containsExactly("nt0001");
        assertThat(db.queryColumn("SELECT count(*) FROM retort_journal")).containsExactly("0");
        assertThat(p.runner().upgrade(t("head")).revisions()).isEmpty();
    }

    @Test
    void stampSettlesAnInterruptedRevisionFixedByHand(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int)");
        Project p = new Project(db);
        p.write("nt0001", "", "INSERT INTO t VALUES (1);\nINSERT INTO nowhere VALUES (2);", null, "-- migrate:no-transaction");
        assertThatThrownBy(() -> p.runner().upgrade(t("head"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("its first 1 of 2 statements stay applied")
                .hasMessageContaining("'retort repair nt0001 --resume' runs statements 2");
        assertThatThrownBy(() -> p.runner().upgrade(t("head"))).hasMessageContaining("Known to have run: statements 1 of 2");
        p.runner().stamp(t("nt0001"));
        assertThat(p.log).anyMatch(l -> l.startsWith("cleared the record of the interrupted upgrade of nt0001"));
        assertThat(p.runner().upgrade(t("head")).revisions()).isEmpty();
        assertThat(db.queryColumn("SELECT count(*) FROM t")).containsExactly("1");
    }

    @Test
    void aRevisionInsertedBelowTheAppliedHeadIsRefused(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("r01", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        p.write("r02", "r01", "CREATE TABLE b (id int);", "DROP TABLE b;");
        p.runner().upgrade(t("head"));
        p.write("r1b", "r01", "CREATE TABLE never_run (id int);", "DROP TABLE never_run;");
        p.write("r02", "r1b", "CREATE TABLE b (id int);", "DROP TABLE b;");
        p.write("r03", "r02", "CREATE TABLE c (id int);", "DROP TABLE c;");

        assertThatThrownBy(() -> p.runner().upgrade(t("head"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("r1b (" + p.migrations.resolve("r1b_r1b.sql") + ") is below the database's current "
                        + "revision, but the history has no record of it being applied")
                .hasMessageContaining("retort repair r1b");
        assertThat(p.userRelations()).doesNotContain("public.c:r", "public.never_run:r");
        assertThat(p.runner().changedRevisions()).extracting(m -> m.script().id()).containsExactly("r1b");
    }

    @Test
    void renamingAnAppliedRevisionIsRefused(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("r01", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        p.write("r02", "r01", "CREATE TABLE b (id int);", "DROP TABLE b;");
        p.runner().upgrade(t("head"));
        Files.delete(p.migrations.resolve("r01_r01.sql"));
        p.write("r0x", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        p.write("r02", "r0x", "CREATE TABLE b (id int);", "DROP TABLE b;");
        assertThatThrownBy(() -> p.runner().upgrade(t("head"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("r0x (")
                .hasMessageContaining("the history records as applied r01, which no file in the migrations directory has");
    }

    @Test
    void aLockTimeoutNamesTheHolderAndLeavesNothingApplied(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id int)");
        Project p = new Project(db);
        p.write("r01", "", "CREATE TABLE first_one (id int);", "DROP TABLE first_one;");
        p.write("r02", "r01", "ALTER TABLE orders ADD COLUMN note text;", "ALTER TABLE orders DROP COLUMN note;");
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            s.execute("SET application_name = 'reporting'");
            holder.setAutoCommit(false);
            s.execute("SELECT * FROM orders");
            int holderPid = Integer.parseInt(db.queryColumn("SELECT pid FROM pg_stat_activity WHERE application_name = 'reporting'").get(0));
            assertThatThrownBy(() -> p.runner(RunSettings.DEFAULTS.withLockTimeout(Duration.ofSeconds(1))).upgrade(t("head")))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("upgrade of revision r02 failed: waited 1 s (the lock timeout) for a lock on orders "
                            + "(AccessExclusiveLock) held by pid " + holderPid + " (application 'reporting'")
                    .hasMessageContaining("Nothing was applied");
            holder.rollback();
        }
        assertThat(p.relations()).as("not even the version tables").containsExactly("public.orders:r");
    }

    @Test
    void aLockTimeoutIsRetriedWhenAsked(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id int)");
        Project p = new Project(db);
        p.write("r01", "", "ALTER TABLE orders ADD COLUMN note text;", "ALTER TABLE orders DROP COLUMN note;");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("SELECT * FROM orders");
            Future<MigrationRunner.RunResult> run = pool.submit(() ->
                    p.runner(RunSettings.DEFAULTS.withLockTimeout(Duration.ofMillis(200)).withLockRetries(5)).upgrade(t("head")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (p.log.stream().noneMatch(l -> l.startsWith("lock timeout; rolled back, retry 1 of 5")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            holder.rollback();
            assertThat(run.get(60, TimeUnit.SECONDS).revisions()).containsExactly("r01");
        } finally {
            pool.shutdownNow();
        }
        assertThat(p.runner().current()).containsExactly("r01");
    }

    @Test
    void theAdvisoryLockWaitIsBoundedAndNamesTheHolder(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("r01", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            s.execute("SET application_name = 'other-deploy'");
            s.execute("SELECT pg_advisory_lock(" + AdvisoryLock.keyFor("public") + ")");
            assertThatThrownBy(() -> p.runner(RunSettings.DEFAULTS.withAdvisoryLockTimeout(Duration.ofMillis(300))).upgrade(t("head")))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("waited 300 ms for another retort run on this database to finish")
                    .hasMessageContaining("application 'other-deploy'")
                    .hasMessageContaining("nothing was applied");
        }
        assertThat(p.userRelations()).isEmpty();
    }

    @Test
    void cancelStopsAStatementWaitingForALockAndReleasesEverything(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE orders (id int)");
        Project p = new Project(db);
        p.write("r01", "", "CREATE TABLE before_it (id int);\nALTER TABLE orders ADD COLUMN note text;", null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("SELECT * FROM orders");
            MigrationRunner runner = p.runner(RunSettings.DEFAULTS.withLockTimeout(Duration.ZERO));
            Future<MigrationRunner.RunResult> run = pool.submit(() -> runner.upgrade(t("head")));
            waitingPid(db);
            runner.cancel();
            assertThatThrownBy(() -> run.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(MigrationException.class)
                    .hasMessageContaining("cancelled on request").hasMessageContaining("Nothing was applied");
            assertThat(runner.awaitIdle(Duration.ofSeconds(30))).isTrue();
            // While the reader still holds its lock: no request of ours is queued, and the advisory lock is free.
            String here = " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
            assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE NOT granted" + here)).containsExactly("0");
            assertThat(db.queryColumn("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'" + here)).containsExactly("0");
            holder.rollback();
        } finally {
            pool.shutdownNow();
        }
        assertThat(p.userRelations()).containsExactly("public.orders:r");
    }

    @Test
    void aStatementTimeoutSaysSo(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("r01", "", "SELECT pg_sleep(5);", null);
        assertThatThrownBy(() -> p.runner(RunSettings.DEFAULTS.withStatementTimeout(Duration.ofMillis(100))).upgrade(t("head")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("the statement ran longer than the statement timeout of 100 ms");
    }

    @Test
    void pgoptionsAppliesToTheRunsSessionAsInLibpq(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA app");
        Project p = new Project(db);
        p.write("r01", "", "CREATE TABLE t (id int);", "DROP TABLE t;");
        p.project().withEnvironment(java.util.Map.of("PGOPTIONS", "-c search_path=app"))
                .runner(TransactionMode.ALL, p.log::add).upgrade(t("head"));
        assertThat(p.userRelations()).containsExactly("app.t:r");
    }

    @Test
    void upgradeHeadWithNoRevisionsIsNothingToDo(TestDatabase db) throws Exception {
        Project p = new Project(db);
        assertThat(p.runner().upgrade(t("head")).revisions()).isEmpty();
        assertThat(p.log).contains("nothing to do: the database is at base");
    }
}
