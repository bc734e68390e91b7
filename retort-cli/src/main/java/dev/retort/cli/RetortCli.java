package dev.retort.cli;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code retort} command. Each subcommand is a thin shell over the library in retort-core. */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        versionProvider = RetortCli.Version.class,
        description = "Schema migrations for PostgreSQL: declare your schema, autogenerate reviewable migrations, "
                + "apply them along a revision graph, and check that a database matches.",
        subcommands = {CommandLine.HelpCommand.class, InitCommand.class, RevisionCommand.class, UpgradeCommand.class,
            DowngradeCommand.class, StampCommand.class, MergeCommand.class, CurrentCommand.class, HistoryCommand.class,
            HeadsCommand.class, BranchesCommand.class, ShowCommand.class, RepairCommand.class, InspectCommand.class,
            DiffCommand.class, CheckCommand.class},
        footer = {"", "Run 'retort help COMMAND' for a command's options and examples.", "",
            "Exit codes: 0 done; 1 refused, failed or (check, diff --exit-code) differences found; 2 bad usage; "
                + "70 unexpected error (a bug: please report it with the -v output)."})
public final class RetortCli implements Runnable {
    /** Exit code of an unexpected failure (a bug): EX_SOFTWARE. */
    static final int INTERNAL_ERROR = 70;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-v", "--verbose"}, description = "say what Retort does on stderr; stack traces of unexpected errors")
    boolean verbose;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "print only requested data and errors")
    boolean quiet;

    /** The environment RETORT_* and PG* variables are read from (tests pass their own). */
    final java.util.Map<String, String> environment;

    /** pgjdbc logs through java.util.logging; its WARNING lines would reach the terminal beside Retort's own message. */
    private static final java.util.logging.Logger PGJDBC_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    RetortCli(java.util.Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        int code = run(args);
        Interrupts.finished();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code, without exiting (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The configured command line; tests set its out and err writers. A {@link RetortException} (bad input, a refused
     * run) is printed as its message alone, exit code 1; anything else is a bug and keeps its stack trace.
     */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** As {@link #commandLine()}, reading environment variables from {@code environment}. */
    static CommandLine commandLine(java.util.Map<String, String> environment) {
        PGJDBC_LOG.setLevel(java.util.logging.Level.OFF);
        CommandLine cli = new CommandLine(new RetortCli(environment));
        cli.setExecutionStrategy(parseResult -> {
            RetortCli root = (RetortCli) parseResult.commandSpec().userObject();
            if (root.quiet && root.verbose) {
                throw new CommandLine.ParameterException(parseResult.commandSpec().commandLine(),
                        "-q (--quiet) and -v (--verbose) contradict each other: give one");
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            RetortCli root = (RetortCli) cmd.getCommandSpec().root().userObject();
            java.io.PrintWriter err = cmd.getErr();
            if (e instanceof RetortException) { // a complete message for the user; a stack trace would only hide it
                err.println(CommandLine.Help.Ansi.AUTO.string("@|red retort:|@ ") + e.getMessage());
                err.flush();
                return 1;
            }
            if (root.verbose) {
                e.printStackTrace(err);
            }
            err.println("retort: unexpected error: " + e + (root.verbose ? "" : " (rerun with -v for details)"));
            err.flush();
            return INTERNAL_ERROR;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = RetortCli.class.getResourceAsStream("version.properties")) {
                p.load(in);
            }
            return new String[] {"retort " + p.getProperty("version"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
