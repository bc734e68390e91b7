package dev.retort.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/** Output helpers shared by the commands. */
final class Output {
    private Output() {
    }

    /** Lines about what Retort does behind the scenes: on stderr with the root -v, else nowhere. */
    static Consumer<String> log(CommandSpec spec) {
        RetortCli root = (RetortCli) spec.root().userObject();
        if (!root.verbose) {
            return line -> { };
        }
        PrintWriter err = spec.commandLine().getErr();
        return line -> {
            err.println("retort: " + line);
            err.flush();
        };
    }
}
