package dev.retort.cli;

import dev.retort.Retort;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create a project: retort.toml, migrations/ and schema/ in DIR (default: here).")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the project directory")
    Path dir = Path.of(".");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path created : Retort.init(dir)) {
            spec.commandLine().getOut().println("created " + ProjectCommand.display(created));
        }
        return 0;
    }
}
