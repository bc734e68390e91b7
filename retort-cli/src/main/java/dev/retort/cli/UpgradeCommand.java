package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", description = "Apply revisions up to TARGET (default: head).",
        footer = {"", "TARGET: head, heads, a revision id or prefix, a branch label, <label>@head, +N, <rev>+N.",
            "With --sql, TARGET may be FROM:TO; without FROM the SQL starts from an empty database."})
final class UpgradeCommand extends ProjectCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "where to go (default: head)")
    String target = "head";

    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        Retort retort = run.apply(configuration()).load();
        if (run.sql) {
            out().print(retort.upgradeSql(target));
            out().flush();
            return 0;
        }
        RunResult result = cancellable(retort, () -> retort.upgrade(target));
        if (!root().quiet) {
            Printing.printResult(out(), result);
        }
        return 0;
    }
}
