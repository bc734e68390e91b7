package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "heads", description = "List the heads of the revision graph (more than one means unmerged branches).")
final class HeadsCommand extends ProjectCommand {

    @Option(names = "--json", description = "print {\"schemaVersion\": 1, \"revisions\": [...]} as JSON")
    boolean json;

    @Override
    public Integer call() {
        List<RevisionInfo> heads = retort().heads();
        if (json) {
            out().println(Json.revisions(heads));
            return 0;
        }
        for (RevisionInfo head : heads) {
            if (root().verbose) {
                Printing.verbose(out(), head);
            } else {
                out().println(head.id() + Printing.tags(head));
            }
        }
        return 0;
    }
}
