package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "repair", description = "Accept on purpose the edited file of applied revisions: record its new checksum "
        + "so upgrade and downgrade stop refusing it. Runs no migration SQL. With --resume, finish an interrupted "
        + "no-transaction revision instead.")
final class RepairCommand extends ProjectCommand {
    @Parameters(arity = "0..*", paramLabel = "REV", description = "the revisions whose change to accept")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--all", description = "accept every changed revision")
    boolean all;

    @Option(names = "--resume", description = "finish the no-transaction revision REV that a run left halfway: run its "
            + "statements after the last one recorded as finished, then record it")
    boolean resume;

    @picocli.CommandLine.Mixin
    RunOptions run;

    @Override
    public Integer call() {
        if (resume) {
            if (revisions.size() != 1 || all) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resume takes exactly one REV");
            }
            dev.retort.Retort retort = run.apply(configuration()).load();
            dev.retort.RunResult result = cancellable(retort, () -> retort.resume(revisions.get(0)));
            if (!root().quiet) {
                Printing.printResult(out(), result);
            }
            return 0;
        }
        if (revisions.isEmpty() && !all) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name the revisions to repair, or pass --all");
        }
        dev.retort.Retort retort = run.apply(configuration()).load();
        List<String> repaired = (all ? retort.repairAll() : retort.repair(revisions.toArray(String[]::new)))
                .repaired();
        if (repaired.isEmpty()) {
            out().println("nothing to repair");
        }
        return 0;
    }
}
