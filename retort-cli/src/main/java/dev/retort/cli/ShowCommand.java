package dev.retort.cli;

import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a revision in full.")
final class ShowCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "REV", description = "a revision id or prefix, a branch label, head, <label>@head")
    String revision;

    @Override
    public Integer call() {
        for (RevisionInfo r : retort().revisions(revision)) {
            Printing.verbose(out(), r);
        }
        return 0;
    }
}
