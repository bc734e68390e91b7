package dev.retort.cli;

import dev.retort.RetortEvent;
import dev.retort.RetortListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * How the command line shows Retort's events: revisions being run and other progress on stdout (unless -q);
 * behind-the-scenes detail on stderr, with -v or, for the long commands (check, autogenerate), unless -q. With
 * {@code steps} (a terminal, not -q, not --json) a revision's line says its place in the run, and a line when it is
 * done says how long it took and how long the run has taken so far; the behind-the-scenes steps of the long
 * commands are numbered, each with the time since the run started.
 */
final class CliListener implements RetortListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean detailsByDefault;
    private final boolean steps;
    private long runStarted = System.nanoTime();
    private int detailStep;

    CliListener(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, boolean detailsByDefault) {
        this(out, err, quiet, verbose, detailsByDefault, false);
    }

    CliListener(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, boolean detailsByDefault,
                boolean steps) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.detailsByDefault = detailsByDefault;
        this.steps = steps;
    }

    @Override
    public void onEvent(RetortEvent event) {
        if (event instanceof RetortEvent.RunStarted) {
            runStarted = System.nanoTime();
            detailStep = 0;
        } else if (event instanceof RetortEvent.RevisionFinished e && steps && e.steps() > 0) {
            progress(place(e.step(), e.steps()) + e.direction() + " " + e.revision() + " done in " + seconds(e.took())
                    + " (" + seconds(Duration.ofNanos(System.nanoTime() - runStarted)) + " elapsed)");
        } else if (event instanceof RetortEvent.RevisionStarted e) {
            progress((steps && e.steps() > 0 ? place(e.step(), e.steps()) : "") + "running " + e.direction() + " " + e.path() + " (" + Path.of(e.file()).getFileName() + "): "
                    + e.summary() + (e.transactional() ? "" : " [no transaction]"));
        } else if (event instanceof RetortEvent.WaitingForLock e) {
            progress(e.message());
        } else if (event instanceof RetortEvent.Message e) {
            if (!e.detail() && e.text().startsWith("note: ")) {
                if (!quiet) { // a remark about the run, not its output: stdout stays parseable
                    err.println("retort: " + e.text());
                    err.flush();
                }
            } else if (!e.detail()) {
                progress(e.text());
            } else if (verbose || (detailsByDefault && !quiet)) {
                err.println("retort: " + (steps ? "[" + ++detailStep + "] " : "") + e.text()
                        + (steps ? " (" + seconds(Duration.ofNanos(System.nanoTime() - runStarted)) + ")" : ""));
                err.flush();
            }
        } else if (event instanceof RetortEvent.StatementExecuted e && verbose) {
            err.println("retort: " + e.revision() + " line " + e.line() + ": " + e.took().toMillis() + " ms");
            err.flush();
        }
    }

    private static String place(int step, int steps) {
        return "[" + step + "/" + steps + "] ";
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private void progress(String line) {
        if (!quiet) {
            out.println(line);
            out.flush();
        }
    }
}
