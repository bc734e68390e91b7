package dev.retort.cli;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a revision in full.")
final class ShowCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "REV", description = "a revision id or prefix, a branch label, head, <label>@head")
    String revision;

    @Override
    public Integer call() {
        RevisionGraph graph = openProject().graph();
        for (String id : graph.goal(RevisionTarget.parse(revision))) {
            Printing.verbose(out(), graph, graph.get(id));
        }
        return 0;
    }
}
