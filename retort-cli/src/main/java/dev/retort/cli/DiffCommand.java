package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.plan.MigrationPlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the SQL that turns the schema of --from into the schema of --to (stdout holds only SQL).",
        footer = {"", "Examples:",
            "  retort diff --from postgresql://postgres@localhost/empty --to postgresql://postgres@localhost/shop",
            "  retort diff --from jdbc:postgresql://localhost/prod?user=app --to postgresql://localhost/dev > change.sql"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL", description = "the database as it is")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "the database as it should be")
    String to;

    @Option(names = "--exit-code", description = "exit 1 when the schemas differ, 0 when they are the same")
    boolean exitCode;

    @Mixin
    ScopeOptions scope;

    @Override
    public Integer call() {
        MigrationPlan plan = Retort.diff(Urls.parse(from), Urls.parse(to), scope.scope());
        PrintWriter out = spec.commandLine().getOut();
        out.print(plan.toSql());
        out.flush();
        return exitCode && !plan.isEmpty() ? 1 : 0;
    }
}
