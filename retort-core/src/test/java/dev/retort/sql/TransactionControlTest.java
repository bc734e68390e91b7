package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransactionControlTest {
    @Test
    void statementsThatStartEndOrPrepareATransaction() {
        for (String sql : new String[] {"BEGIN", "begin isolation level serializable", "START TRANSACTION", "COMMIT",
                "END", "ROLLBACK", "abort", "PREPARE TRANSACTION 'x'", "COMMIT PREPARED 'x'",
                "ROLLBACK PREPARED 'x'", "/* why */ COMMIT"}) {
            assertThat(TransactionControl.of(sql)).as(sql).isEqualTo(TransactionControl.TRANSACTION);
        }
    }

    @Test
    void savepointsAreTheirOwnKind() {
        for (String sql : new String[] {"SAVEPOINT a", "RELEASE SAVEPOINT a", "RELEASE a", "ROLLBACK TO SAVEPOINT a",
                "rollback to a"}) {
            assertThat(TransactionControl.of(sql)).as(sql).isEqualTo(TransactionControl.SAVEPOINT);
        }
    }

    @Test
    void otherStatementsAreNone() {
        for (String sql : new String[] {"PREPARE q AS SELECT 1", "CREATE TABLE begin_log (id int)",
                "\"BEGIN\"", "SELECT 'COMMIT'", "DO $$BEGIN PERFORM 1; END$$", "-- COMMIT\nSELECT 1", ""}) {
            assertThat(TransactionControl.of(sql)).as(sql).isNull();
        }
    }
}
