package dev.retort.maven;

import dev.retort.RepairResult;
import dev.retort.Retort;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Accepts on purpose the edited files of applied revisions: records their new checksums (a {@code repair} history
 * row each) and runs no migration SQL.
 */
@Mojo(name = "repair", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class RepairMojo extends RetortMojo {
    /** The revisions to accept (ids, prefixes or labels); none for every applied revision whose file changed. */
    @Parameter(property = "retort.revisions")
    List<String> revisions;

    @Override
    void run(Goal goal) throws MojoExecutionException {
        String property = userProperty("revisions");
        List<String> which = property != null ? List.of(property.split("\\s*,\\s*")) : revisions;
        Retort retort = goal.retort();
        RepairResult result = which == null || which.isEmpty() ? retort.repairAll()
                : retort.repair(which.toArray(String[]::new));
        getLog().info(result.repaired().isEmpty() ? "nothing to repair: every applied revision matches its file"
                : "repaired " + String.join(", ", result.repaired()));
    }
}
