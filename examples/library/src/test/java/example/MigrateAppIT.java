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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the packaged example, as a user would, against a fresh database: the shaded jar (migrations in a plain jar)
 * and the Spring Boot executable jar (migrations in a nested jar entry, served by Boot's class loader).
 */
@RetortDatabaseTest
class MigrateAppIT {
    @ParameterizedTest
    @ValueSource(strings = {"target/library-example-shaded.jar", "target/library-example-boot.jar"})
    void theJarMigratesWithTheMigrationsInsideItAndPrintsInfo(String jar, TestDatabase db) throws Exception {
        Path file = Path.of(jar);
        assertThat(file).exists();
        String first = run(file, db.jdbcUrl());
        assertThat(first).contains("applied 2 revision(s): [1a, 2b]", "current: [2b]", "heads:   [2b]",
                "pending: 0", "history: upgrade 1a by ", "history: upgrade 2b by ");
        assertThat(db.queryColumn("SELECT name FROM account_names")).isEmpty();
        assertThat(db.queryColumn("SELECT column_name FROM information_schema.columns "
                + "WHERE table_name = 'accounts' ORDER BY ordinal_position"))
                .containsExactly("id", "email", "created_at", "display_name");

        String again = run(file, db.jdbcUrl());
        assertThat(again).contains("applied 0 revision(s): []", "current: [2b]", "pending: 0");
    }

    private static String run(Path jar, String url) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), url))
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
