package dev.retort.cli;

import dev.retort.InfoResult;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "current", description = "Show the revisions the database is at (nothing when none is applied).")
final class CurrentCommand extends ProjectCommand {

    @Option(names = "--json", description = "print {\"schemaVersion\": 1, \"current\": [...], \"heads\": [...], \"atHead\": ..., \"interrupted\": [...]} as JSON")
    boolean json;

    @Override
    public Integer call() {
        Retort retort = retort();
        InfoResult info = retort.info();
        List<String> heads = info.current();
        if (json) {
            List<String> graphHeads = info.heads();
            out().println("{\"schemaVersion\": 1, \"current\": " + Json.strings(heads) + ", \"heads\": " + Json.strings(graphHeads)
                    + ", \"atHead\": " + new java.util.HashSet<>(heads).equals(new java.util.HashSet<>(graphHeads))
                    + ", \"interrupted\": " + Json.strings(info.interrupted().stream().map(InfoResult.Interrupted::revision)
                    .toList()) + "}");
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
        for (InfoResult.Interrupted i : info.interrupted()) {
            out().println("interrupted: " + i.describe());
        }
        return 0;
    }
}
