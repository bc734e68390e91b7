package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;

@Command(name = "branches", description = "List the branch points: revisions with more than one child.")
final class BranchesCommand extends ProjectCommand {
    @Override
    public Integer call() {
        Retort retort = retort();
        for (RevisionInfo point : retort.branchPoints()) {
            out().println(Printing.line(point));
            for (String id : point.children()) {
                RevisionInfo child = retort.revision(id);
                out().println("    -> " + id + Printing.tags(child) + ", " + child.summary());
            }
        }
        return 0;
    }
}
