package dev.retort.cli;

import dev.retort.project.RetortProject;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "revision", description = "Write a new, empty revision file on top of the head; prints its path.")
final class RevisionCommand extends ProjectCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "what the revision does")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "the revision to build on (default: the single head; 'base' for a new root)")
    String head;

    @Option(names = "--branch-label", paramLabel = "L", description = "label the branch this revision starts")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "a revision (on another branch) to apply first")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "the revision id (default: 12 random hex characters)")
    String revisionId;

    @Option(names = "--splice", description = "allow --head to name a revision that is not a head (starts a branch)")
    boolean splice;

    @Override
    public Integer call() {
        RetortProject p = openProject();
        out().println(display(p.newRevision(new RetortProject.NewRevision(message, head, branchLabels, dependsOn, revisionId, splice))));
        return 0;
    }
}
