package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import picocli.CommandLine.Command;

@Command(name = "branches", description = "List the branch points: revisions with more than one child.")
final class BranchesCommand extends ProjectCommand {
    @picocli.CommandLine.Option(names = "--json", description = "print {\"schemaVersion\": 1, \"revisions\": [...]} as JSON (each with its children)")
    boolean json;

    @Override
    public Integer call() {
        Retort retort = retort();
        if (json) {
            out().println(Json.revisions(retort.branchPoints()));
            out().flush();
            return 0;
        }
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
