package dev.retort.cli;

import dev.retort.project.RetortProject;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List the revisions, newest first.")
final class HistoryCommand extends ProjectCommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", description = "FROM:TO (either end may be left out), e.g. base:head, a1b2:")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "show each revision in full")
    boolean verbose;

    @Option(names = "--json", description = "print the revisions as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        RetortProject p = openProject();
        RevisionGraph graph = p.graph();
        if (json) {
            out().println("[" + String.join(",\n ", p.history(range).stream().map(s -> Json.revision(graph, s)).toList()) + "]");
            return 0;
        }
        for (RevisionScript s : p.history(range)) {
            if (verbose) {
                Printing.verbose(out(), graph, s);
            } else {
                out().println(Printing.line(graph, s));
            }
        }
        return 0;
    }
}
