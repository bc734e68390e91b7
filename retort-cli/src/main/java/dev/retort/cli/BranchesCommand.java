package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import picocli.CommandLine.Command;

@Command(name = "branches", description = "List the branch points: revisions with more than one child.")
final class BranchesCommand extends ProjectCommand {
    @Override
    public Integer call() {
        RevisionGraph graph = openProject().graph();
        for (String id : graph.branchPoints()) {
            out().println(Printing.line(graph, graph.get(id)));
            for (String child : graph.children(id)) {
                out().println("    -> " + child + Printing.tags(graph, graph.get(child)) + ", " + graph.get(child).summary());
            }
        }
        return 0;
    }
}
