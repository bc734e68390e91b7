package dev.retort.maven;

import dev.retort.RunResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies revisions up to a target (default: every head), in one transaction under an advisory lock; applied
 * revisions whose file was edited are refused.
 */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class UpgradeMojo extends RetortMojo {
    /** {@code heads} (default), {@code head}, a revision id or prefix, a branch label, {@code label@head}, {@code +N}. */
    @Parameter(property = "retort.target", defaultValue = "heads")
    String target;

    @Override
    void run(Goal goal) throws MojoExecutionException {
        RunResult result = goal.retort().upgrade(value("target", target));
        Reports.run(getLog(), result);
    }
}
