package dev.retort.cli;

import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a revision in full.")
final class ShowCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "REV", description = "a revision id or prefix, a branch label, head, <label>@head")
    String revision;

    @picocli.CommandLine.Option(names = "--json", description = "print {\"schemaVersion\": 1, \"revisions\": [...]} as JSON")
    boolean json;

    @Override
    public Integer call() {
        java.util.List<RevisionInfo> revisions = retort().revisions(revision);
        if (json) {
            out().println(Json.revisions(revisions));
            out().flush();
            return 0;
        }
        for (RevisionInfo r : revisions) {
            Printing.verbose(out(), r);
        }
        return 0;
    }
}
