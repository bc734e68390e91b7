package dev.retort.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process with its own output writers, as a user would type it. */
final class Cli {
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    /**
     * The test process's environment without what would make a test depend on the shell it runs in: libpq's PG*
     * variables and Retort's own (tests that mean to set one pass it to {@link #run(Map, String...)}).
     */
    private static final java.nio.file.Path USER_CACHE = userCache();

    private static java.nio.file.Path userCache() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("retort-cli-test-cache");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, String> hermeticEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("RETORT_"));
        env.put("XDG_CACHE_HOME", USER_CACHE.toString()); // a project-less diff's snapshots: not the user's cache
        return env;
    }

    static Result run(String... args) {
        return run(hermeticEnvironment(), args);
    }

    static Result run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RetortCli.commandLine(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
