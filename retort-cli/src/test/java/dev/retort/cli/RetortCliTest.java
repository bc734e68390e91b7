package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("captures System.out")
class RetortCliTest {
    @Test
    void helpListsTheCommandsAndExitsZero() {
        Result result = capture("--help");
        assertThat(result.code).isZero();
        assertThat(result.out).contains("Usage: retort").contains("Commands:").contains("help");
    }

    @Test
    void versionNamesTheBuild() {
        Result result = capture("--version");
        assertThat(result.code).isZero();
        assertThat(result.out).containsPattern("retort \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Result result = capture("frobnicate");
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("Unmatched argument").contains("frobnicate");
    }

    @Test
    void userErrorsAreOneLineEvenWhenVerbose() {
        for (String[] args : new String[][] {{"inspect", "--url", "mysql://x@h/db"}, {"-v", "inspect", "--url", "mysql://x@h/db"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().lines().toList()).hasSize(1).allMatch(l -> l.contains("not a PostgreSQL URL"));
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result capture(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = RetortCli.run(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
