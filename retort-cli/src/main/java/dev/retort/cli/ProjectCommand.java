package dev.retort.cli;

import dev.retort.project.RetortProject;
import dev.retort.runner.MigrationRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands working on a project: options, output, and paths shown relative to where retort runs. */
abstract class ProjectCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    RetortProject openProject() {
        return project.open(spec.commandLine().getErr(), root().environment);
    }

    RetortCli root() {
        return (RetortCli) spec.root().userObject();
    }

    /** Runs a runner's work with Ctrl-C and SIGTERM cancelling its statement on the server. */
    <T> T cancellable(MigrationRunner runner, java.util.function.Supplier<T> work) {
        try (Interrupts.Registration r = Interrupts.onInterrupt(runner::cancel)) {
            return work.get();
        }
    }

    /** Progress lines (revisions being run): on stdout unless -q. */
    java.util.function.Consumer<String> progress() {
        RetortCli root = (RetortCli) spec.root().userObject();
        return root.quiet ? line -> { } : out()::println;
    }

    /** The steps of a long command (building the declaration, verifying): on stderr unless -q. */
    java.util.function.Consumer<String> steps() {
        RetortCli root = (RetortCli) spec.root().userObject();
        PrintWriter err = spec.commandLine().getErr();
        return root.quiet ? line -> { } : line -> {
            err.println("retort: " + line);
            err.flush();
        };
    }

    /** What Retort does behind the scenes (dev databases, verification): on stderr with -v. */
    java.util.function.Consumer<String> log() {
        return Output.log(spec);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    static String display(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }
}
