package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged example jar, as a user would, against a fresh database. */
@RetortDatabaseTest
class MigrateAppIT {
    private static final Path JAR = Path.of("target/library-example.jar");

    @Test
    void theJarMigratesWithTheMigrationsInsideItAndPrintsInfo(TestDatabase db) throws Exception {
        assertThat(JAR).exists();
        String first = run(db.jdbcUrl());
        assertThat(first).contains("applied 2 revision(s): [1a, 2b]", "current: [2b]", "heads:   [2b]",
                "pending: 0", "history: upgrade 1a by ", "history: upgrade 2b by ");
        assertThat(db.queryColumn("SELECT name FROM account_names")).isEmpty();
        assertThat(db.queryColumn("SELECT column_name FROM information_schema.columns "
                + "WHERE table_name = 'accounts' ORDER BY ordinal_position"))
                .containsExactly("id", "email", "created_at", "display_name");

        String again = run(db.jdbcUrl());
        assertThat(again).contains("applied 0 revision(s): []", "current: [2b]", "pending: 0");
    }

    private static String run(String url) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-jar", JAR.toString(), url))
                .redirectErrorStream(true).start();
        // Bounded: the migrations are two small revisions; a hung run fails the test instead of the build.
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the example did not finish in 120 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
