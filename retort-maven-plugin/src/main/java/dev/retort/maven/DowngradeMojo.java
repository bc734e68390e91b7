package dev.retort.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Reverts revisions down to a target, running their downgrade sections. */
@Mojo(name = "downgrade", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class DowngradeMojo extends RetortMojo {
    /** {@code -1}, {@code base}, a revision id or prefix, {@code REV-N}, {@code label@base}... (required). */
    @Parameter(property = "retort.target", required = true)
    String target;

    @Override
    void run(Goal goal) throws MojoExecutionException {
        Reports.run(getLog(), goal.retort().downgrade(value("target", target)));
    }
}
