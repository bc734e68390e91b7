package dev.retort.cli;

import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a revision in full.")
final class ShowCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "REV", description = "a revision id or prefix, a branch label, head, <label>@head")
    String revision;

    @picocli.CommandLine.Option(names = "--json", description = "print the revisions as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        java.util.List<RevisionInfo> revisions = retort().revisions(revision);
        if (json) {
            out().println("[" + String.join(",\n ", revisions.stream().map(Json::revision).toList()) + "]");
            out().flush();
            return 0;
        }
        for (RevisionInfo r : revisions) {
            Printing.verbose(out(), r);
        }
        return 0;
    }
}
