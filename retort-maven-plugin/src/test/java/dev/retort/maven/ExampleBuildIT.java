package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of a copy of {@code examples/maven}, forked with the plugin staged in a repository of its own
 * (by invoker:install): {@code mvn verify} upgrades the embedded database and passes both checks; a view changed
 * without a revision fails the build with the difference; autogenerate writes the revision; verify passes again;
 * downgrade, diff to a file, stamp, repair and info then run from the command line.
 * The builds use an embedded PostgreSQL under the copy's {@code .retort/}, whatever PG* or RETORT_* variables the
 * shell has.
 */
class ExampleBuildIT {
    /** Bounds each forked build: a first run may unpack the PostgreSQL binaries and fetch plugins. */
    private static final long BUILD_TIMEOUT_MINUTES = 10;

    private static final String PASSWORD = "it-secret-never-printed";

    private static Path project;
    private static Path settings;
    private static int builds;

    @BeforeAll
    static void copyTheExample() throws IOException {
        Path work = Path.of(System.getProperty("retort.it.work"));
        project = work.resolve("shop");
        deleteTree(project);
        Path example = Path.of(System.getProperty("retort.it.example"));
        try (Stream<Path> files = Files.walk(example)) {
            for (Path from : files.filter(p -> !isBuildOutput(example.relativize(p))).toList()) {
                Path to = project.resolve(example.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        settings = work.resolve("settings.xml");
        Path userRepository = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        // The staged repository reads what it lacks from the user's (read only, releases only), then Central.
        Files.writeString(settings, """
                <settings>
                  <servers>
                    <server><id>shop-db</id><username>it_user</username><password>%s</password></server>
                  </servers>
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <repositories>
                        <repository><id>user-repository</id><url>%s</url>
                          <snapshots><enabled>false</enabled></snapshots>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>user-repository</id><url>%s</url>
                          <snapshots><enabled>false</enabled></snapshots>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>user-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(PASSWORD, userRepository.toUri(), userRepository.toUri()), StandardCharsets.UTF_8);
    }

    @Test
    void verifyUpgradesAndChecksThenFailsOnAViewChangedWithoutARevision() throws Exception {
        Build first = mvn("verify");
        assertThat(first.exitCode()).as(first.log()).isZero();
        assertThat(first.log())
                .contains("no database configured; using an embedded PostgreSQL")
                .contains("running upgrade base -> 3f2a9c1b7d40")
                .contains("ok: the migrations replayed to 3f2a9c1b7d40 match the declared schema")
                .contains("ok: the database at 3f2a9c1b7d40 matches the declared schema");

        Path views = project.resolve("src/main/java/com/example/shop/ShopViews.java");
        String java = Files.readString(views);
        Files.writeString(views, java.replace("count(*) AS orders", "count(*) AS order_count"));

        Build drifted = mvn("verify");
        assertThat(drifted.exitCode()).as(drifted.log()).isNotZero();
        assertThat(drifted.log())
                .contains("nothing to upgrade: the database is at 3f2a9c1b7d40")
                .contains("retort check failed:")
                .contains("view public.order_totals")
                .contains("mvn retort:autogenerate")
                .contains("BUILD FAILURE");

        Build generated = mvn("compile", "retort:autogenerate", "-Dretort.message=count orders as order_count");
        assertThat(generated.exitCode()).as(generated.log()).isZero();
        assertThat(generated.log()).contains("(upgrade and downgrade verified)");
        List<Path> revisions;
        try (Stream<Path> files = Files.list(project.resolve("src/main/resources/db/migration"))) {
            revisions = files.filter(p -> p.getFileName().toString().endsWith("_count_orders_as_order_count.sql")).toList();
        }
        assertThat(revisions).hasSize(1);
        assertThat(Files.readString(revisions.get(0))).contains("Revises: 3f2a9c1b7d40").contains("order_count");

        Build fixed = mvn("verify");
        assertThat(fixed.exitCode()).as(fixed.log()).isZero();
        String id = revisions.get(0).getFileName().toString().substring(0, 12);
        assertThat(fixed.log())
                .contains("running upgrade 3f2a9c1b7d40 -> " + id)
                .contains("ok: the database at " + id + " matches the declared schema");

        Build back = mvn("retort:downgrade", "retort:diff", "-Dretort.target=-1", "-Dretort.output=target/drift.sql");
        assertThat(back.exitCode()).as(back.log()).isZero();
        assertThat(back.log()).contains("running downgrade " + id + " -> 3f2a9c1b7d40")
                .contains("downgrade done: 1 revision");
        assertThat(Files.readString(project.resolve("target/drift.sql"))).contains("order_count");

        Build stamped = mvn("retort:stamp", "retort:repair", "retort:info", "-Dretort.target=heads");
        assertThat(stamped.exitCode()).as(stamped.log()).isZero();
        assertThat(stamped.log()).contains("stamp done: 1 revision")
                .contains("nothing to repair")
                .contains("current: " + id)
                .containsPattern("stamp +" + id);
    }

    @Test
    void credentialsComeFromTheSettingsServerAndThePasswordIsNeverPrinted() throws Exception {
        // Port 1 refuses at once: the run shows the database it tried, with the server's user and no password.
        Build info = mvn("retort:info", "-Dretort.url=postgresql://127.0.0.1:1/shop", "-Dretort.serverId=shop-db");
        assertThat(info.exitCode()).as(info.log()).isNotZero();
        assertThat(info.log()).contains("retort info on postgresql://it_user:***@127.0.0.1:1/shop")
                .doesNotContain(PASSWORD);
    }

    @Test
    void theReplayGateNeedsNoDatabaseWithAnEmbeddedDevServer() throws Exception {
        Build check = mvn("compile", "retort:check", "-Dretort.replay", "-Dretort.devUrl=embedded");
        assertThat(check.exitCode()).as(check.log()).isZero();
        assertThat(check.log()).contains("ok: the migrations replayed to")
                .doesNotContain("no database configured");
    }

    private record Build(int exitCode, String log) {
    }

    private static Build mvn(String... goals) throws IOException, InterruptedException {
        Path mavenHome = Path.of(System.getProperty("retort.it.mavenHome"));
        List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-ntp", "-V",
                "-s", settings.toString(),
                "-Dmaven.repo.local=" + System.getProperty("retort.it.repository"),
                "-Dretort.plugin.version=" + System.getProperty("retort.it.version")));
        command.addAll(List.of(goals));
        Path log = project.getParent().resolve("build-" + (++builds) + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PG")
                || k.startsWith("RETORT_") && !k.equals("RETORT_CACHE_DIR") && !k.equals("RETORT_EMBEDDED_ISOLATION"));
        // Short builds spend much of their time compiling Maven itself: the quick JIT tier is enough for them.
        env.merge("MAVEN_OPTS", "-XX:TieredStopAtLevel=1", (mine, quick) -> mine + " " + quick);
        Process process = pb.start();
        if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", goals) + " did not finish in " + BUILD_TIMEOUT_MINUTES
                    + " minutes; its log: " + log);
        }
        return new Build(process.exitValue(), Files.readString(log));
    }

    private static boolean isBuildOutput(Path relative) {
        return relative.startsWith("target") || relative.startsWith(".retort");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
