package dev.retort.cli;

import dev.retort.revision.RevisionTarget;
import dev.retort.runner.TransactionMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to TARGET without running any migration SQL ('base' clears it).")
final class StampCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, base, a revision id, <label>@head")
    String target;

    @Override
    public Integer call() {
        openProject().runner(TransactionMode.ALL, progress()).stamp(RevisionTarget.parse(target));
        return 0;
    }
}
