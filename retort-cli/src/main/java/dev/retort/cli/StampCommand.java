package dev.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to TARGET without running any migration SQL ('base' clears it).")
final class StampCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, base, a revision id, <label>@head")
    String target;

    @Override
    public Integer call() {
        retort().stamp(target);
        return 0;
    }
}
