package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.SchemaSource;
import dev.retort.connection.DatabaseUrl;
import dev.retort.plan.MigrationPlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print the SQL that turns the schema of --from into the schema of --to (stdout holds only SQL).",
            "Either side may be a database URL, a folder of .sql files or a project's retort.toml: a declared schema "
                + "is built in a scratch database (--dev-url) and never touches the compared database."},
        footer = {"", "Examples:",
            "  retort diff --from postgresql://postgres@localhost/empty --to postgresql://postgres@localhost/shop",
            "  retort diff --from postgresql://app@localhost/shop --to schema/ > change.sql",
            "  retort diff --from postgresql://app@localhost/shop --to schema/ --kinds entities --dev-url embedded",
            "  retort diff --from retort.toml --to postgresql://app@localhost/shop"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL|DIR|TOML", description = "the schema as it is")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL|DIR|TOML", description = "the schema as it should be")
    String to;

    @Option(names = "--exit-code", description = "exit 1 when the schemas differ, 0 when they are the same")
    boolean exitCode;

    @Option(names = "--verify", description = "prove the plan and its reverse on a scratch database before printing it")
    boolean verify;

    @Mixin
    ScopeOptions scope;

    @Mixin
    DeclaredOptions declared;

    @Override
    public Integer call() {
        SchemaSource fromSource = declared.source(from);
        SchemaSource toSource = declared.source(to);
        DatabaseUrl target = fromSource instanceof SchemaSource.Live l ? l.url()
                : toSource instanceof SchemaSource.Live l2 ? l2.url() : null;
        MigrationPlan plan;
        try (DeclaredOptions.DevServer dev = declared.devServer(target)) {
            plan = Retort.diff(fromSource, toSource, declared.scope(scope), dev.url(), verify, Output.log(spec));
        }
        if (plan.skippedSummary() != null) {
            spec.commandLine().getErr().println("retort: " + plan.skippedSummary());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(plan.toSql());
        out.flush();
        return exitCode && !plan.isEmpty() ? 1 : 0;
    }
}
