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

    @Override
    public Integer call() {
        RetortProject p = openProject();
        RevisionGraph graph = p.graph();
        List<String> heads = p.runner(TransactionMode.ALL, out()::println).current();
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
