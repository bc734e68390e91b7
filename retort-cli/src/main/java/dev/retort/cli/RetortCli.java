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
        versionProvider = RetortCli.Version.class,
        description = "Schema migrations for PostgreSQL: declare your schema, autogenerate reviewable migrations, "
                + "apply them along a revision graph, and check that a database matches.",
        subcommands = {CommandLine.HelpCommand.class, InitCommand.class, RevisionCommand.class, UpgradeCommand.class,
            DowngradeCommand.class, StampCommand.class, MergeCommand.class, CurrentCommand.class, HistoryCommand.class,
            HeadsCommand.class, BranchesCommand.class, ShowCommand.class, RepairCommand.class, InspectCommand.class,
            DiffCommand.class, CheckCommand.class, LintCommand.class, InfoCommand.class, BaselineCommand.class, ImportCommand.class,
            CompletionCommand.class},
        footer = {"", "Run 'retort help COMMAND' for a command's options and examples.", "",
            "Exit codes: 0 done; 1 refused, failed or (check, diff --exit-code) differences found; 2 bad usage; "
                + "70 unexpected error (a bug: please report it with the -v output)."})
public final class RetortCli implements Runnable {
    /** Exit code of an unexpected failure (a bug): EX_SOFTWARE. */
    static final int INTERNAL_ERROR = 70;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    // Global options: accepted before or after the subcommand (retort --url X upgrade, retort upgrade --url X).
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help, with examples, and exit")
    boolean help;

    @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
    boolean version;

    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "say what Retort does on stderr; stack traces of unexpected errors")
    boolean verbose;

    @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "print only requested data and errors")
    boolean quiet;

    @CommandLine.Option(names = "--color", paramLabel = "WHEN", scope = CommandLine.ScopeType.INHERIT,
            description = "color output: auto (on a terminal, unless NO_COLOR is set), always, never (default: auto)")
    Color color = Color.auto;

    /** When to color output. */
    enum Color { auto, always, never }

    /** The ANSI setting for this run: --color, and NO_COLOR (https://no-color.org) for auto. */
    CommandLine.Help.Ansi ansi() {
        return switch (color) {
            case always -> CommandLine.Help.Ansi.ON;
            case never -> CommandLine.Help.Ansi.OFF;
            case auto -> environment.getOrDefault("NO_COLOR", "").isEmpty() ? CommandLine.Help.Ansi.AUTO
                    : CommandLine.Help.Ansi.OFF;
        };
    }

    @CommandLine.Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "the project's configuration (default: ./retort.toml)")
    java.nio.file.Path config = java.nio.file.Path.of("retort.toml");

    @CommandLine.Option(names = "--url", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
            description = "the database, postgresql://user:password@host:port/db; overrides retort.toml")
    String url;

    /**
     * Whether output goes to a terminal, for the progress lines with counts and elapsed time: a console, or
     * RETORT_PROGRESS set to {@code always} ({@code never} turns them off on a terminal).
     */
    boolean terminal() {
        return switch (environment.getOrDefault("RETORT_PROGRESS", "auto")) {
            case "always" -> true;
            case "never" -> false;
            default -> System.console() != null;
        };
    }

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
        addHelpOptions(cli);
        cli.setExecutionStrategy(parseResult -> {
            RetortCli root = (RetortCli) parseResult.commandSpec().userObject();
            if (root.quiet && root.verbose) {
                throw new CommandLine.ParameterException(parseResult.commandSpec().commandLine(),
                        "-q (--quiet) and -v (--verbose) contradict each other: give one");
            }
            parseResult.commandSpec().commandLine().setColorScheme(CommandLine.Help.defaultColorScheme(root.ansi()));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            RetortCli root = (RetortCli) cmd.getCommandSpec().root().userObject();
            java.io.PrintWriter err = cmd.getErr();
            if (e instanceof RetortException) { // a complete message for the user; a stack trace would only hide it
                err.println(root.ansi().string("@|red retort:|@ ") + e.getMessage());
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

    /** -h and --help on every command and subcommand ('help' has its own). */
    private static void addHelpOptions(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            java.util.List<String> examples = Examples.BY_COMMAND.get(spec.name());
            if (examples != null && !String.join("\n", spec.usageMessage().footer()).contains("Examples:")) {
                java.util.List<String> footer = new java.util.ArrayList<>(java.util.List.of(spec.usageMessage().footer()));
                footer.add("");
                footer.add("Examples:");
                examples.forEach(e -> footer.add("  " + e));
                spec.usageMessage().footer(footer.toArray(String[]::new));
            }
            if (!(spec.userObject() instanceof CommandLine.HelpCommand) && spec.findOption("--help") == null) {
                spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("show this help, with examples, and exit").build());
            }
            addHelpOptions(sub);
        }
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
