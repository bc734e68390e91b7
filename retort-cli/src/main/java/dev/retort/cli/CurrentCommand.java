package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "current", description = "Show the revisions the database is at (nothing when none is applied).")
final class CurrentCommand extends ProjectCommand {

    @Option(names = "--json", description = "print {\"schemaVersion\": 1, \"current\": [...], \"heads\": [...], \"atHead\": ...} as JSON")
    boolean json;

    @Override
    public Integer call() {
        Retort retort = retort();
        List<String> heads = retort.current();
        if (json) {
            List<String> graphHeads = retort.heads().stream().map(RevisionInfo::id).toList();
            out().println("{\"schemaVersion\": 1, \"current\": " + Json.strings(heads) + ", \"heads\": " + Json.strings(graphHeads)
                    + ", \"atHead\": " + new java.util.HashSet<>(heads).equals(new java.util.HashSet<>(graphHeads)) + "}");
            return 0;
        }
        for (String id : heads) {
            RevisionInfo r = retort.revision(id);
            if (r == null) {
                out().println(id + " (not in the migrations directory)");
            } else if (root().verbose) {
                Printing.verbose(out(), r);
            } else {
                out().println(id + Printing.tags(r));
            }
        }
        return 0;
    }
}
