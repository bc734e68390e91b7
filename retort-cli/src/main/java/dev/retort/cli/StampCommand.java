package dev.retort.cli;

import dev.retort.revision.RevisionTarget;
import dev.retort.runner.TransactionMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to TARGET without running any migration SQL ('base' clears it). "
        + "Also clears the record of an interrupted no-transaction revision, once it was settled by hand.")
final class StampCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, base, a revision id, <label>@head")
    String target;

    @Override
    public Integer call() {
        RevisionTarget goal = RevisionTarget.parse(target);
        dev.retort.runner.MigrationRunner runner = openProject().runner(TransactionMode.ALL, progress());
        cancellable(runner, () -> runner.stamp(goal));
        return 0;
    }
}
