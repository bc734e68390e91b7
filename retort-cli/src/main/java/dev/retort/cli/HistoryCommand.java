package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List the revisions, newest first.")
final class HistoryCommand extends ProjectCommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", description = "FROM:TO (either end may be left out), e.g. base:head, a1b2:")
    String range;


    @Option(names = "--json", description = "print {\"schemaVersion\": 1, \"revisions\": [...]} as JSON")
    boolean json;

    @Override
    public Integer call() {
        List<RevisionInfo> history = retort().history(range);
        if (json) {
            out().println(Json.revisions(history));
            return 0;
        }
        for (RevisionInfo r : history) {
            if (root().verbose) {
                Printing.verbose(out(), r);
            } else {
                out().println(Printing.line(r));
            }
        }
        return 0;
    }
}
