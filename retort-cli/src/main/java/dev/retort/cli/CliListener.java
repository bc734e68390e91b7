package dev.retort.cli;

import dev.retort.RetortEvent;
import dev.retort.RetortListener;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How the command line shows Retort's events: revisions being run and other progress on stdout (unless -q);
 * behind-the-scenes detail on stderr, with -v or, for the long commands (check, autogenerate), unless -q.
 */
final class CliListener implements RetortListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean detailsByDefault;

    CliListener(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, boolean detailsByDefault) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.detailsByDefault = detailsByDefault;
    }

    @Override
    public void onEvent(RetortEvent event) {
        if (event instanceof RetortEvent.RevisionStarted e) {
            progress("running " + e.direction() + " " + e.path() + " (" + Path.of(e.file()).getFileName() + "): "
                    + e.summary() + (e.transactional() ? "" : " [no transaction]"));
        } else if (event instanceof RetortEvent.WaitingForLock e) {
            progress(e.message());
        } else if (event instanceof RetortEvent.Message e) {
            if (!e.detail()) {
                progress(e.text());
            } else if (verbose || (detailsByDefault && !quiet)) {
                err.println("retort: " + e.text());
                err.flush();
            }
        } else if (event instanceof RetortEvent.StatementExecuted e && verbose) {
            err.println("retort: " + e.revision() + " line " + e.line() + ": " + e.took().toMillis() + " ms");
            err.flush();
        }
    }

    private void progress(String line) {
        if (!quiet) {
            out.println(line);
            out.flush();
        }
    }
}
