package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "heads", description = "List the heads of the revision graph (more than one means unmerged branches).")
final class HeadsCommand extends ProjectCommand {
    @Option(names = {"-v", "--verbose"}, description = "show each head in full")
    boolean verbose;

    @Option(names = "--json", description = "print the heads as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        RevisionGraph graph = openProject().graph();
        if (json) {
            out().println("[" + String.join(",\n ", graph.heads().stream().map(id -> Json.revision(graph, graph.get(id))).toList()) + "]");
            return 0;
        }
        for (String id : graph.heads()) {
            if (verbose) {
                Printing.verbose(out(), graph, graph.get(id));
            } else {
                out().println(id + Printing.tags(graph, graph.get(id)));
            }
        }
        return 0;
    }
}
