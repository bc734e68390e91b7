package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revision.RevisionTarget;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A revision split by {@code -- migrate:autocommit} statements: only those run outside a transaction, the
 * stretches around them in transactions of their own, journaled, so a failure leaves exactly what committed and
 * {@code repair --resume} continues from there.
 */
@RetortDatabaseTest
class AutocommitStatementsTest {
    private static final String UPGRADE = """
            INSERT INTO log VALUES ('first');
            INSERT INTO log VALUES ('second');
            -- migrate:autocommit
            CREATE UNIQUE INDEX CONCURRENTLY t_v ON t USING btree (v);
            INSERT INTO log VALUES ('after');""";

    private static RevisionTarget t(String target) {
        return RevisionTarget.parse(target);
    }

    @Test
    void onlyTheMarkedStatementRunsOutsideATransactionAndAFailedBuildIsDroppedBeforeTheRetry(TestDatabase db)
            throws Exception {
        db.execute("CREATE TABLE log (what text); CREATE TABLE t (v int); INSERT INTO t VALUES (1), (1);");
        Project p = new Project(db);
        p.write("ac0001", "", UPGRADE, "-- migrate:autocommit\nDROP INDEX CONCURRENTLY t_v;\nDELETE FROM log;");

        // The duplicate makes the unique build fail: the transaction before it committed, the one after never ran.
        assertThatThrownBy(() -> p.runner().upgrade(t("head"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("could not create unique index \"t_v\"")
                .hasMessageContaining("left the index public.t_v INVALID")
                .hasMessageContaining("runs partly outside a transaction (-- migrate:autocommit statements): its "
                        + "first 2 of 4 statements stay applied")
                .hasMessageContaining("'retort repair ac0001 --resume' runs statements 3-4");
        assertThat(db.queryColumn("SELECT what FROM log ORDER BY 1")).containsExactly("first", "second");
        assertThat(db.queryColumn("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v'::regclass"))
                .containsExactly("f");
        assertThatThrownBy(() -> p.runner().upgrade(t("head"))).hasMessageContaining("Known to have run: statements 1-2 of 4");

        db.execute("DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t)");
        p.runner().resume("ac0001");
        assertThat(p.log).anyMatch(l -> l.startsWith("dropping the INVALID index public.t_v"));
        assertThat(db.queryColumn("SELECT what FROM log ORDER BY 1")).as("nothing ran twice")
                .containsExactly("after", "first", "second");
        assertThat(db.queryColumn("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v'::regclass"))
                .containsExactly("t");
        assertThat(p.runner().current()).containsExactly("ac0001");

        p.runner().downgrade(t("base"));
        assertThat(db.queryColumn("SELECT count(*) FROM pg_class WHERE relname = 't_v'")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM log")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM retort_journal")).containsExactly("0");
    }

    @Test
    void aFailureInTheFirstTransactionLeavesNothing(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE log (what text); CREATE TABLE t (v int);");
        Project p = new Project(db);
        p.write("ac0001", "", "INSERT INTO log VALUES ('first');\nINSERT INTO nowhere VALUES (1);\n"
                + "-- migrate:autocommit\nCREATE INDEX CONCURRENTLY t_v ON t (v);", null);
        assertThatThrownBy(() -> p.runner().upgrade(t("head")))
                .hasMessageContaining("Rolled back the first transaction of this revision (statements 1-2")
                .hasMessageContaining("Nothing was applied");
        assertThat(db.queryColumn("SELECT count(*) FROM log")).containsExactly("0");
        assertThat(db.queryColumn("SELECT count(*) FROM retort_journal")).containsExactly("0");
    }

    @Test
    void theOfflineScriptCommitsAroundTheAutocommitStatement(TestDatabase db) throws Exception {
        Project p = new Project(db);
        p.write("ac0001", "", UPGRADE, null);
        RevisionPath path = RevisionPath.upgrade(p.project().graph(), java.util.List.of(),
                p.project().graph().upgradeGoal(t("head"), java.util.List.of()));
        StringWriter out = new StringWriter();
        OfflineScript.write(path, new VersionTable("public"), TransactionMode.ALL, new PrintWriter(out));
        String script = out.toString();
        assertThat(script).containsSubsequence("INSERT INTO log VALUES ('second');", "COMMIT;",
                "CREATE UNIQUE INDEX CONCURRENTLY t_v", "BEGIN;", "INSERT INTO log VALUES ('after');",
                "INSERT INTO \"public\".\"retort_history\"", "COMMIT;");
    }
}
