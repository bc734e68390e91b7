package dev.retort.maven;

import dev.retort.Change;
import dev.retort.CheckResult;
import dev.retort.Retort;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks that the database is at head and matches the declared schema (SQL files, SchemaDefinition classes and
 * entities on the project's class path), failing the build with what differs. With {@code replay}, every migration
 * is replayed into a scratch database instead, which is compared: a CI gate that needs no database (with
 * {@code devUrl} {@code embedded}, or nothing configured, an embedded server is started). Binds to {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class CheckMojo extends RetortMojo {
    /** Replay every migration into a scratch database and compare that, instead of the configured database. */
    @Parameter(property = "retort.replay", defaultValue = "false")
    boolean replay;

    /** Whether differences fail the build (default); false only logs them. */
    @Parameter(property = "retort.failOnDifference", defaultValue = "true")
    boolean failOnDifference;

    @Override
    boolean readsDeclarations() {
        return true;
    }

    @Override
    boolean detailsAtInfo() {
        return true;
    }

    @Override
    void run(Goal goal) throws MojoExecutionException, MojoFailureException {
        boolean replaying = Boolean.parseBoolean(value("replay", Boolean.toString(replay)));
        Retort retort = goal.retort(replaying);
        CheckResult result = replaying ? retort.checkReplay() : retort.check();
        if (result.passed()) {
            getLog().info("ok: " + (replaying ? "the migrations replayed to " : "the database at ")
                    + Reports.heads(result.heads()) + " match" + (replaying ? "" : "es") + " the declared schema");
            return;
        }
        StringBuilder why = new StringBuilder("retort check failed:");
        if (!result.atHead()) {
            why.append("\n  not at head: the database is at ").append(Reports.heads(result.applied()))
                    .append(", the migrations' head is ").append(Reports.heads(result.heads()));
        }
        Set<String> differences = new LinkedHashSet<>();
        for (Change c : result.drift()) {
            differences.add(c.action() + " " + c.object());
        }
        if (!differences.isEmpty()) {
            why.append("\n  ").append(differences.size()).append(differences.size() == 1 ? " difference" : " differences")
                    .append(" from the declared schema (what would make ")
                    .append(replaying ? "the migrations" : "the database").append(" match it):");
            differences.forEach(d -> why.append("\n    ").append(d));
            why.append("\n  write a revision for them: mvn retort:autogenerate -Dretort.message=\"...\"");
        }
        if (failOnDifference) {
            throw new MojoFailureException(why.toString());
        }
        getLog().warn(why.toString());
    }
}
