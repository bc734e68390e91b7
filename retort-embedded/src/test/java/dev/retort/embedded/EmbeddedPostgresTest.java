package dev.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedPostgresTest {

    @Test
    void startsAsRootThroughAnIsolationAndAnswersQueries() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(PostgresBinaries.defaultMajor())) {
            if (ProcessIsolation.isRoot()) {
                assertThat(pg.isolation().kind()).isNotEqualTo(ProcessIsolation.Kind.DIRECT);
            }
            assertThat(query(pg.jdbcUrl("postgres"), "select current_user")).isEqualTo("postgres");
            assertThat(query(pg.jdbcUrl("postgres"), "select current_setting('server_version_num')"))
                    .startsWith(Integer.toString(pg.major()));
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 14, 15, 16, 17, 18})
    void everySupportedMajorStarts(int major) throws Exception {
        Path dataDir;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(major)) {
            dataDir = pg.dataDir();
            assertThat(pg.version()).startsWith(major + ".");
            String versionNum = query(pg.jdbcUrl("postgres"), "select current_setting('server_version_num')");
            assertThat(Integer.parseInt(versionNum) / 10000).isEqualTo(major);
        }
        assertThat(dataDir).as("a temporary cluster is deleted on close").doesNotExist();
    }

    @Test
    void runsAsNobodyThroughSetprivWhenUnshareIsNotAnOption() throws Exception {
        assumeTrue(ProcessIsolation.isRoot(), "only root needs setpriv");
        ProcessIsolation setpriv = ProcessIsolation.detect("setpriv", System.getenv("PATH"), true);
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(PostgresBinaries.defaultMajor(), null, setpriv)) {
            assertThat(pg.isolation().kind()).isEqualTo(ProcessIsolation.Kind.SETPRIV);
            assertThat(Files.getAttribute(pg.dataDir(), "unix:uid")).isEqualTo(ProcessIsolation.NOBODY);
            assertThat(query(pg.jdbcUrl("postgres"), "select 6 * 7")).isEqualTo("42");
        }
    }

    @Test
    void saysClearlyWhyARootProcessCannotRunTheServer(@TempDir Path emptyPath) {
        assertThatThrownBy(() -> ProcessIsolation.detect("auto", emptyPath.toString(), true))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("refuses to run as root")
                .hasMessageContaining("'unshare' was not found")
                .hasMessageContaining("'setpriv' was not found");
    }

    @Test
    void anUnprivilegedProcessRunsTheServerDirectly(@TempDir Path emptyPath) {
        assertThat(ProcessIsolation.detect("auto", emptyPath.toString(), false).kind())
                .isEqualTo(ProcessIsolation.Kind.DIRECT);
    }

    @Test
    void keepsAPersistentClusterBetweenStarts(@TempDir Path project) throws Exception {
        Path data = project.resolve(".retort/pg17");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(17, data)) {
            execute(pg.jdbcUrl("postgres"), "create table kept (id int); insert into kept values (7)");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(17, data)) {
            assertThat(query(pg.jdbcUrl("postgres"), "select id from kept")).isEqualTo("7");
        }
        assertThat(data.resolve("PG_VERSION")).exists();
    }

    @Test
    void refusesADataDirectoryOfAnotherMajor(@TempDir Path project) {
        Path data = project.resolve("pg");
        EmbeddedPostgres.start(17, data).close();
        assertThatThrownBy(() -> EmbeddedPostgres.start(16, data))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("holds a PostgreSQL 17 cluster, not 16");
    }

    @Test
    void refusesAnUnsupportedMajor() {
        assertThatThrownBy(() -> EmbeddedPostgres.start(12))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("PostgreSQL 12 is not supported");
    }

    static String query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
