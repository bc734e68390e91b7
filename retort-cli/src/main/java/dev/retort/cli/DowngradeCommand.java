package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", description = "Revert revisions down to TARGET (what descends from it is reverted).",
        footer = {"", "TARGET: base, a revision id or prefix, a branch label, -N, <rev>-N.",
            "With --sql, TARGET must be FROM:TO (e.g. head:base): offline there is no current revision."})
final class DowngradeCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "where to go")
    String target;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        Retort retort = run.apply(configuration()).load();
        if (run.sql) {
            out().print(retort.downgradeSql(target));
            out().flush();
            return 0;
        }
        RunResult result = cancellable(retort, () -> retort.downgrade(target));
        if (!root().quiet) {
            Printing.printResult(out(), result);
        }
        return 0;
    }
}
