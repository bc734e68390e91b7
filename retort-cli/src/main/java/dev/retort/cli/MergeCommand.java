package dev.retort.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = "Write a revision joining several heads ('heads' for all of them); prints its path.")
final class MergeCommand extends ProjectCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "what the merge is for")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "the revision id (default: 12 random hex characters)")
    String revisionId;

    @Parameters(arity = "1..*", paramLabel = "REVS", description = "the revisions to join, or 'heads'")
    List<String> revisions;

    @Override
    public Integer call() {
        out().println(display(retort().merge(message, revisions, revisionId)));
        return 0;
    }
}
