package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands working on a project: options, output, and paths shown relative to where retort runs. */
abstract class ProjectCommand implements Callable<Integer> {
    final ProjectOptions project = new ProjectOptions();

    @Spec
    CommandSpec spec;

    /** The project's Retort, its events rendered on this command line. */
    Retort retort() {
        Retort retort = configuration().load();
        CloseOnExit.register(retort);
        return retort;
    }

    /** The project's configuration, to add command options to before loading. */
    RetortConfiguration configuration() {
        RetortCli root = root();
        project.config = root.config;
        project.url = root.url;
        PrintWriter progress = jsonOutput() ? spec.commandLine().getErr() : out(); // stdout holds only the JSON
        return project.configuration(spec.commandLine().getErr(), root.environment).listener(new CliListener(progress,
                spec.commandLine().getErr(), root.quiet, root.verbose, detailsByDefault(),
                !jsonOutput() && !root.quiet && root.terminal()));
    }

    RetortCli root() {
        return (RetortCli) spec.root().userObject();
    }

    /** Runs a migration run with Ctrl-C and SIGTERM cancelling its statement on the server. */
    <T> T cancellable(Retort retort, java.util.function.Supplier<T> work) {
        try (Interrupts.Registration r = Interrupts.onInterrupt(retort::cancel)) {
            return work.get();
        }
    }

    /** Whether the command prints JSON on stdout, so its progress lines go to stderr. */
    boolean jsonOutput() {
        return false;
    }

    /** Whether behind-the-scenes steps are shown without -v (the long commands: building, verifying). */
    boolean detailsByDefault() {
        return false;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    static String display(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }

    /** A revision's file for display: relative to here when it is a file, as written when on the class path. */
    static String display(String file) {
        return file.startsWith("classpath:") ? file : display(Path.of(file));
    }
}
