package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.catalog.Fixtures;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Column privileges planned by Retort grant what they say and nothing more: a role given SELECT and UPDATE on one
 * column reads that column and is refused the others, whether it had no privilege before or a table-wide one.
 */
@RetortDatabaseTest
class ColumnPrivilegeSecurityTest {
    private static final String TABLE = "CREATE TABLE t (c1 int, c2 int, secret text);"
            + " INSERT INTO t VALUES (1, 2, 'hidden');";

    @Test
    void columnGrantsDoNotWidenToTheTable(TestServer server) throws Exception {
        assertOnlyColumnReadable(server, "");
    }

    @Test
    void tableGrantReplacedByColumnGrantsIsRevokedFirst(TestServer server) throws Exception {
        assertOnlyColumnReadable(server, "GRANT SELECT, UPDATE ON t TO retort_reader;");
    }

    private static void assertOnlyColumnReadable(TestServer server, String before) throws Exception {
        try (TestDatabase source = server.createDatabase(); TestDatabase target = server.createDatabase()) {
            Fixtures.ensureRoles(source);
            source.execute(TABLE + before);
            target.execute(TABLE + "GRANT SELECT (c1), UPDATE (c1) ON t TO retort_reader;");
            MigrationPlan plan = new MigrationPlanner().plan(Fixtures.inspect(source), Fixtures.inspect(target));
            Fixtures.apply(source, plan);

            try (Connection c = source.connect(); Statement st = c.createStatement()) {
                st.execute("SET ROLE retort_reader");
                assertThat(single(st, "SELECT c1 FROM t")).isEqualTo("1");
                st.execute("UPDATE t SET c1 = 5");
                for (String forbidden : new String[] {"SELECT secret FROM t", "SELECT c2 FROM t",
                        "SELECT * FROM t", "UPDATE t SET c2 = 5"}) {
                    assertThatThrownBy(() -> st.execute(forbidden)).as(forbidden)
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                }
            }
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
