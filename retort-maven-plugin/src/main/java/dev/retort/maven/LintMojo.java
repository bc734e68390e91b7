package dev.retort.maven;

import dev.retort.LintFinding;
import dev.retort.LintResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the migrations: each revision is replayed on a scratch database built at its parent, and what it actually
 * changes that can hurt a live database (data loss, table rewrites, non-concurrent index builds, a missing or wrong
 * downgrade) fails the build, with the file and line of the statement responsible. Needs no database (with
 * {@code devUrl} {@code embedded}, or nothing configured, an embedded server is started). Binds to {@code verify}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends RetortMojo {
    /** The revisions to lint (ids, prefixes or branch labels); empty: every revision. */
    @Parameter(property = "retort.revisions")
    List<String> revisions = new ArrayList<>();

    /** Whether warnings fail the build too. */
    @Parameter(property = "retort.strict", defaultValue = "false")
    boolean strict;

    @Override
    boolean detailsAtInfo() {
        return true;
    }

    @Override
    void run(Goal goal) throws MojoExecutionException, MojoFailureException {
        boolean strictly = Boolean.parseBoolean(value("strict", Boolean.toString(strict)));
        LintResult result = goal.retort(true).lint(revisions.toArray(String[]::new));
        for (LintFinding f : result.findings()) {
            if (f.severity() == LintFinding.Severity.ERROR) {
                getLog().error(f.describe());
            } else {
                getLog().warn(f.describe());
            }
        }
        String summary = result.revisions().size() + " revisions linted: "
                + result.findings(LintFinding.Severity.ERROR).size() + " errors, "
                + result.findings(LintFinding.Severity.WARNING).size() + " warnings";
        if (!result.passed(strictly)) {
            throw new MojoFailureException("retort lint failed: " + summary);
        }
        getLog().info("ok: " + summary);
    }
}
