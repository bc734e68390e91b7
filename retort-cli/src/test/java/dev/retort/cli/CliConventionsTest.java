package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What Flyway and Alembic users expect of a command line: help everywhere, global options anywhere. */
@RetortDatabaseTest
class CliConventionsTest {
    private static List<List<String>> everyCommand(CommandLine cli, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (var e : cli.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            out.addAll(everyCommand(e.getValue(), path));
        }
        return out;
    }

    @Test
    void everyCommandAndSubcommandHasHelpWithExamples() {
        List<List<String>> commands = everyCommand(RetortCli.commandLine(), List.of());
        assertThat(commands).hasSizeGreaterThan(17).contains(List.of("import", "flyway"), List.of("baseline"));
        for (List<String> command : commands) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(command);
                args.add(flag);
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertThat(r.code()).as("%s", args).isZero();
                assertThat(r.out()).as("%s", args).contains("Usage: retort " + String.join(" ", command))
                        .contains("Examples:");
            }
            List<String> viaHelp = new ArrayList<>(List.of("help"));
            viaHelp.addAll(command.subList(0, 1));
            assertThat(Cli.run(viaHelp.toArray(String[]::new)).code()).isZero();
        }
    }

    @Test
    void onATerminalAnUpgradeSaysWhichStepItIsAtAndHowLongItTook(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-steps");
        assertThat(Cli.run("init", dir.toString()).code()).isZero();
        Files.writeString(dir.resolve("migrations/a1_t.sql"),
                "-- t\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\nCREATE TABLE t (id int);\n"
                        + "-- migrate:downgrade\nDROP TABLE t;\n");
        Files.writeString(dir.resolve("migrations/b2_u.sql"),
                "-- u\n-- Revision ID: b2\n-- Revises: a1\n-- migrate:upgrade\nCREATE TABLE u (id int);\n"
                        + "-- migrate:downgrade\nDROP TABLE u;\n");
        String config = dir.resolve("retort.toml").toString();
        var terminal = Cli.hermeticEnvironment();
        terminal.put("RETORT_PROGRESS", "always");

        Cli.Result up = Cli.run(terminal, "--url", db.jdbcUrl(), "-c", config, "upgrade", "head");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).contains("[1/2] running upgrade base -> a1 (a1_t.sql): t\n")
                .containsPattern("\\[1/2] upgrade a1 done in \\d+\\.\\d s \\(\\d+\\.\\d s elapsed\\)\n"
                        + "\\[2/2] running upgrade a1 -> b2 \\(b2_u.sql\\): u\n"
                        + "\\[2/2] upgrade b2 done in \\d+\\.\\d s \\(\\d+\\.\\d s elapsed\\)");

        Cli.Result quiet = Cli.run(terminal, "-q", "--url", db.jdbcUrl(), "-c", config, "downgrade", "base");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.out() + quiet.err()).as("-q").isEmpty();

        Cli.Result json = Cli.run(terminal, "--url", db.jdbcUrl(), "-c", config, "upgrade", "head", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{\"schemaVersion\": 1, ");
        assertThat(json.out() + json.err()).as("--json").doesNotContain("[1/2]").doesNotContain("elapsed")
                .contains("running upgrade base -> a1");

        Files.writeString(dir.resolve("schema/tables.sql"), "CREATE TABLE t (id int);\nCREATE TABLE u (id int);\n");
        Cli.Result check = Cli.run(terminal, "--url", db.jdbcUrl(), "-c", config, "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.err()).containsPattern("retort: \\[1] .* \\(\\d+\\.\\d s\\)\n")
                .containsPattern("retort: \\[2] .* \\(\\d+\\.\\d s\\)\n");
        Cli.Result quietCheck = Cli.run(terminal, "-q", "--url", db.jdbcUrl(), "-c", config, "check");
        assertThat(quietCheck.code()).isZero();
        assertThat(quietCheck.out() + quietCheck.err()).as("-q").doesNotContain("[1]").doesNotContain("retort:");
        Cli.Result jsonCheck = Cli.run(terminal, "--url", db.jdbcUrl(), "-c", config, "check", "--json");
        assertThat(jsonCheck.out() + jsonCheck.err()).as("--json").doesNotContain("[1]");

        Cli.Result piped = Cli.run("--url", db.jdbcUrl(), "-c", config, "downgrade", "base");
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(piped.out()).as("not a terminal").contains("running downgrade b2 -> a1")
                .doesNotContain("[1/2]").doesNotContain("elapsed");
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheSubcommand(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-global");
        assertThat(Cli.run("init", dir.toString()).code()).isZero();
        Files.writeString(dir.resolve("migrations/a1_t.sql"),
                "-- t\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\nCREATE TABLE t (id int);\n");
        String config = dir.resolve("retort.toml").toString();
        Cli.Result before = Cli.run("--url", db.jdbcUrl(), "--config", config, "upgrade", "head", "--json");
        assertThat(before.code()).as(before.err()).isZero();
        // stdout holds only the JSON; the progress lines went to stderr.
        assertThat(before.out()).startsWith("{\"schemaVersion\": 1, \"operation\": \"upgrade\", \"headsBefore\": [], "
                + "\"headsAfter\": [\"a1\"], \"revisions\": [{\"revision\": \"a1\", \"direction\": \"upgrade\"");
        assertThat(before.err()).contains("running upgrade");
        Cli.Result after = Cli.run("current", "--url", db.jdbcUrl(), "-c", config, "-q");
        assertThat(after.out()).contains("a1");
        assertThat(Cli.run("show", "a1", "--json", "-c", config).out())
                .startsWith("{\"schemaVersion\": 1, \"revisions\": [{\"revision\": \"a1\", \"revises\": []");
        assertThat(Cli.run("branches", "--json", "-c", config).out().strip())
                .isEqualTo("{\"schemaVersion\": 1, \"revisions\": []}");
        Cli.Result mixed = Cli.run("-c", config, "current", "--url", db.jdbcUrl(), "-v");
        assertThat(mixed.out()).contains("Rev: a1").contains("Checksum:");
        assertThat(Cli.run("--url", db.jdbcUrl(), "inspect").code()).isZero();
        assertThat(Cli.run("-q", "-v", "--url", db.jdbcUrl(), "current", "-c", config).code()).isEqualTo(2);
    }

    @Test
    void infoShowsEachRevisionsStateWhenAndChecksum(TestDatabase db) throws Exception {
        Path dir = Files.createTempDirectory("retort-info");
        assertThat(Cli.run("init", dir.toString()).code()).isZero();
        Files.writeString(dir.resolve("migrations/a1_t.sql"),
                "-- t\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\nCREATE TABLE t (id int);\n");
        String config = dir.resolve("retort.toml").toString();
        assertThat(Cli.run("--url", db.jdbcUrl(), "-c", config, "upgrade").code()).isZero();
        Files.writeString(dir.resolve("migrations/b2_u.sql"),
                "-- u\n-- Revision ID: b2\n-- Revises: a1\n-- migrate:upgrade\nCREATE TABLE u (id int);\n");
        Cli.Result info = Cli.run("--url", db.jdbcUrl(), "-c", config, "info");
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("database at a1; head b2").containsPattern("a1 +applied +\\d{4}-\\d\\d-\\d\\d .* ok +t")
                .containsPattern("b2 +pending .* none +u");
        Files.writeString(dir.resolve("migrations/a1_t.sql"),
                "-- t\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\nCREATE TABLE t (id bigint);\n");
        Cli.Result json = Cli.run("--url", db.jdbcUrl(), "-c", config, "info", "--json");
        assertThat(json.out()).startsWith("{\"schemaVersion\": 1, \"current\": [\"a1\"], \"heads\": [\"b2\"], \"upToDate\": false")
                .contains("\"revision\": \"a1\", \"summary\": \"t\", \"state\": \"applied\"")
                .contains("\"checksum\": \"changed\"").contains("\"state\": \"pending\"");
    }

    @Test
    void colorIsAskedForOrNotAndCompletionComesFromTheCommandModel() {
        Cli.Result always = Cli.run("--color=always", "show");
        assertThat(always.code()).isEqualTo(2);
        Cli.Result bad = Cli.run("--color=always", "upgrade", "--config", "/nonexistent/retort.toml");
        assertThat(bad.err()).contains("\u001b[");
        assertThat(Cli.run("--color=never", "upgrade", "--config", "/nonexistent/retort.toml").err())
                .doesNotContain("\u001b[");
        java.util.Map<String, String> env = Cli.hermeticEnvironment();
        env.put("NO_COLOR", "1");
        assertThat(Cli.run(env, "upgrade", "--config", "/nonexistent/retort.toml").err()).doesNotContain("\u001b[");
        assertThat(Cli.run("--color=always", "help", "upgrade").out()).contains("\u001b[");
        assertThat(Cli.run("--color", "sometimes", "current").code()).isEqualTo(2);

        for (String shell : List.of("bash", "zsh")) {
            Cli.Result completion = Cli.run("completion", shell);
            assertThat(completion.code()).isZero();
            assertThat(completion.out()).contains("complete -F", "baseline", "flyway", "--exclude", "--url");
        }
        assertThat(Cli.run("completion", "zsh").out()).contains("bashcompinit");
        assertThat(Cli.run("completion", "fish").code()).isEqualTo(2);
    }
}
