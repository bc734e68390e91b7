package dev.retort.cli;

import dev.retort.DiffResult;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.SchemaSource;
import dev.retort.embedded.PostgresBinaries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


@Command(name = "diff",
        description = {"Print the SQL that turns the schema of --from into the schema of --to (stdout holds only SQL).",
            "Either side may be a database URL, a folder of .sql files or a project's retort.toml: a declared schema "
                + "is built in a scratch database (--dev-url) and never touches the compared database."},
        footer = {"", "Examples:",
            "  retort diff --from postgresql://postgres@localhost/empty --to postgresql://postgres@localhost/shop",
            "  retort diff --from postgresql://app@localhost/shop --to schema/ > change.sql",
            "  retort diff --from postgresql://app@localhost/shop --to schema/ --kinds entities --dev-url embedded",
            "  retort diff --from retort.toml --to postgresql://app@localhost/shop",
            "  retort diff --from postgresql://app@localhost/shop --to schema/ --allow-hazard data-loss --no-online"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL|DIR|TOML", description = "the schema as it is")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL|DIR|TOML", description = "the schema as it should be")
    String to;

    @Option(names = "--exit-code", description = "exit 1 when the schemas differ, 0 when they are the same")
    boolean exitCode;

    @Option(names = "--json", description = "print the statements as JSON, each with its object, action and hazards "
            + "(see docs/cli.md)")
    boolean json;

    @Option(names = "--verify", description = "prove the plan and its reverse on a scratch database before printing it")
    boolean verify;

    @Mixin
    ScopeOptions scope;

    @Mixin
    DeclaredOptions declared;

    @Mixin
    PlanOptions plan;

    @Override
    public Integer call() {
        RetortCli root = (RetortCli) spec.root().userObject();
        PrintWriter err = spec.commandLine().getErr();
        SchemaSource fromSource = DeclaredOptions.source(from);
        SchemaSource toSource = DeclaredOptions.source(to);
        RetortConfiguration configuration = Retort.configure().environment(root.environment)
                .listener(new CliListener(err, err, root.quiet, root.verbose, false));
        String config = DeclaredOptions.isConfigFile(from) ? from : DeclaredOptions.isConfigFile(to) ? to : null;
        if (config != null) {
            configuration.configFile(Path.of(config));
        } else if (!root.environment.containsKey("RETORT_CACHE_DIRECTORY")) {
            configuration.cacheDirectory(userCache(root.environment).toString()); // no project to keep it in
        }
        declared.apply(configuration, scope);
        plan.apply(configuration);
        Retort retort = configuration.load();
        String live = fromSource instanceof SchemaSource.Url u ? u.url()
                : toSource instanceof SchemaSource.Url u2 ? u2.url() : null;
        String dev = declared.devUrl != null ? declared.devUrl : retort.settings().devUrl();
        DiffResult diff;
        try (DevServer server = DevServer.start(dev, () -> live == null ? PostgresBinaries.defaultMajor()
                : Retort.configure().environment(root.environment).url(live).load().serverMajorVersion())) {
            Retort diffing = server.url() == null ? retort : configuration.devUrl(server.url()).load();
            CloseOnExit.register(diffing);
            diff = diffing.diff(fromSource, toSource, verify);
        }
        if (diff.skipped() != null) {
            spec.commandLine().getErr().println("retort: " + diff.skipped());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            java.util.List<String> changes = new java.util.ArrayList<>();
            for (dev.retort.Change c : diff.changes()) {
                changes.add("{\"object\": " + Json.string(c.object()) + ", \"action\": " + Json.string(c.action())
                        + ", \"sql\": " + Json.string(c.sql()) + ", \"hazards\": " + Json.strings(c.hazards())
                        + ", \"transactional\": " + c.transactional() + "}");
            }
            out.println("{\"schemaVersion\": 1, \"differs\": " + !diff.isEmpty() + ", \"statements\": ["
                    + String.join(",\n  ", changes) + "]}");
        } else {
            out.print(diff.sql());
        }
        out.flush();
        return exitCode && !diff.isEmpty() ? 1 : 0;
    }

    /** The user's cache directory for snapshots of declarations outside any project: XDG's, else ~/.cache. */
    static Path userCache(java.util.Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("retort").resolve("snapshots").toAbsolutePath();
    }
}
