package dev.retort.cli;

import dev.retort.project.RetortProject;
import dev.retort.revision.RevisionGraph;
import dev.retort.runner.TransactionMode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "current", description = "Show the revisions the database is at (nothing when none is applied).")
final class CurrentCommand extends ProjectCommand {
    @Option(names = {"-v", "--verbose"}, description = "show each revision in full")
    boolean verbose;

    @Option(names = "--json", description = "print {\"current\": [...], \"heads\": [...], \"atHead\": ...} as JSON")
    boolean json;

    @Override
    public Integer call() {
        RetortProject p = openProject();
        RevisionGraph graph = p.graph();
        List<String> heads = p.runner(TransactionMode.ALL, progress()).current();
        if (json) {
            out().println("{\"current\": " + Json.strings(heads) + ", \"heads\": " + Json.strings(graph.heads())
                    + ", \"atHead\": " + new java.util.HashSet<>(heads).equals(new java.util.HashSet<>(graph.heads())) + "}");
            return 0;
        }
        for (String id : heads) {
            if (!graph.contains(id)) {
                out().println(id + " (not in the migrations directory)");
            } else if (verbose) {
                Printing.verbose(out(), graph, graph.get(id));
            } else {
                out().println(id + Printing.tags(graph, graph.get(id)));
            }
        }
        return 0;
    }
}
