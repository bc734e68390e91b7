package dev.retort.cli;

import dev.retort.Retort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to TARGET without running any migration SQL ('base' clears it). "
        + "Also clears the record of an interrupted no-transaction revision, once it was settled by hand.")
final class StampCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, base, a revision id, <label>@head")
    String target;

    @Override
    public Integer call() {
        Retort retort = retort();
        cancellable(retort, () -> retort.stamp(target));
        return 0;
    }
}
