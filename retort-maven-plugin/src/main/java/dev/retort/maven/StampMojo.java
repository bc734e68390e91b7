package dev.retort.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Sets the version table to a target without running any revision's SQL (Flyway's baseline, and more). */
@Mojo(name = "stamp", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class StampMojo extends RetortMojo {
    /** {@code head}, {@code base}, a revision id or prefix... (required). */
    @Parameter(property = "retort.target", required = true)
    String target;

    @Override
    void run(Goal goal) throws MojoExecutionException {
        Reports.run(getLog(), goal.retort().stamp(value("target", target)));
    }
}
