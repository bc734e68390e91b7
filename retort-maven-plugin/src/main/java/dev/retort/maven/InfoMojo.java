package dev.retort.maven;

import dev.retort.InfoResult;
import dev.retort.RevisionInfo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows where the database is: its current revisions, the heads, the pending revisions and the applied history. */
@Mojo(name = "info", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class InfoMojo extends RetortMojo {
    @Override
    void run(Goal goal) throws MojoExecutionException {
        InfoResult info = goal.retort().info();
        Log log = getLog();
        log.info("current: " + Reports.heads(info.current()));
        log.info("heads:   " + Reports.heads(info.heads()) + (info.upToDate() ? " (up to date)" : ""));
        if (!info.pending().isEmpty()) {
            log.info("pending (" + info.pending().size() + "):");
            for (RevisionInfo r : info.pending()) {
                log.info("  " + r.id() + "  " + r.summary() + "  (" + r.file() + ")");
            }
        }
        if (!info.history().isEmpty()) {
            log.info("history (oldest first):");
            for (InfoResult.HistoryEntry h : info.history()) {
                log.info("  " + h.appliedAt() + "  " + pad(h.direction()) + " " + h.revision() + "  by " + h.appliedBy()
                        + (h.took() == null ? "" : "  " + h.took().toMillis() + " ms"));
            }
        }
    }

    private static String pad(String s) {
        return String.format("%-9s", s);
    }
}
