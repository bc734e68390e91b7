package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A retort process stopped while it builds a declaration (Ctrl-C, kill) still drops its dev database. */
@RetortDatabaseTest
class DeclaredDiffInterruptTest {
    @Test
    void stoppedMidwayDropsTheDevDatabase(TestDatabase target, @TempDir Path dir) throws Exception {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 3000; i++) { // views before their tables: seconds of work to interrupt
            sql.append("CREATE VIEW v").append(i).append(" AS SELECT id FROM t").append(i).append(";\n")
                    .append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY);\n");
        }
        Files.writeString(dir.resolve("schema.sql"), sql);
        Process retort = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RetortCli.class.getName(), "--verbose", "diff",
                "--from", target.jdbcUrl(), "--to", dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String devDatabase = null;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(retort.getErrorStream(), StandardCharsets.UTF_8))) {
            Pattern created = Pattern.compile("(?:created|reused) dev database (?:\\w+ as )?(retort_dev_\\w+)");
            // Stop reading at the announcement: the next line comes only when the build is over.
            for (String line; devDatabase == null && (line = err.readLine()) != null; ) {
                Matcher m = created.matcher(line);
                if (m.find()) {
                    devDatabase = m.group(1);
                }
            }
            assertThat(devDatabase).as("the process announced its dev database").isNotNull();
            Thread.sleep(500); // into the materialization
            assertThat(retort.isAlive()).as("still building when stopped").isTrue();
            retort.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
            assertThat(retort.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            retort.destroyForcibly();
        }
        assertThat(target.queryColumn("SELECT datname FROM pg_database WHERE datname = '" + devDatabase + "'"))
                .as("dev database dropped by the shutdown hook").isEmpty();
    }
}
