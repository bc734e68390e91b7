package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "repair", description = "Accept on purpose the edited file of applied revisions: record its new checksum "
        + "so upgrade and downgrade stop refusing it. Runs no migration SQL.")
final class RepairCommand extends ProjectCommand {
    @Parameters(arity = "0..*", paramLabel = "REV", description = "the revisions whose change to accept")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--all", description = "accept every changed revision")
    boolean all;

    @Override
    public Integer call() {
        if (revisions.isEmpty() && !all) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name the revisions to repair, or pass --all");
        }
        List<String> repaired = (all ? retort().repairAll() : retort().repair(revisions.toArray(String[]::new)))
                .repaired();
        if (repaired.isEmpty()) {
            out().println("nothing to repair");
        }
        return 0;
    }
}
