package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies revisions up to a target (default: the head, as {@code retort upgrade}), in one transaction under an
 * advisory lock; applied revisions whose file was edited are refused.
 */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class UpgradeMojo extends RetortMojo {
    /**
     * {@code head} (the default), {@code heads} (every branch), a revision id or prefix, a branch label,
     * {@code label@head}, {@code +N}.
     */
    @Parameter(property = "retort.target")
    String target;

    @Override
    void run(Goal goal) throws MojoExecutionException {
        String t = value("target", target);
        Retort retort = goal.retort();
        Reports.run(getLog(), t == null || t.isBlank() ? retort.upgrade() : retort.upgrade(t));
    }
}
