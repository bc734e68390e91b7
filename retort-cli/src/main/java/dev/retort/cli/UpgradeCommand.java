package dev.retort.cli;

import dev.retort.project.RetortProject;
import dev.retort.revision.RevisionTarget;
import dev.retort.runner.MigrationRunner;
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
        RetortProject p = openProject();
        if (run.sql) {
            p.offlineUpgrade(target, run.mode(), out());
            return 0;
        }
        RevisionTarget goal = RevisionTarget.parse(target);
        MigrationRunner runner = p.runner(run.mode(), run.settings(p), progress());
        MigrationRunner.RunResult result = cancellable(runner, () -> runner.upgrade(goal));
        if (!root().quiet) {
            Printing.printResult(out(), result);
        }
        return 0;
    }
}
