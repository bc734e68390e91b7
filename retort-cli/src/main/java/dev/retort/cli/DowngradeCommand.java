package dev.retort.cli;

import dev.retort.project.RetortProject;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.MigrationRunner;
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
        RetortProject p = openProject();
        if (run.sql) {
            p.offlineDowngrade(target, run.mode(), out());
            return 0;
        }
        RevisionTarget goal = RevisionTarget.parse(target);
        MigrationRunner runner = p.runner(run.mode(), run.settings(p), progress());
        MigrationRunner.RunResult result = cancellable(runner, () -> runner.downgrade(goal));
        if (!root().quiet) {
            Printing.printResult(out(), result);
        }
        return 0;
    }
}
