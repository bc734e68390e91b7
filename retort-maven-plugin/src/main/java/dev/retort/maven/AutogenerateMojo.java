package dev.retort.maven;

import dev.retort.AutogenerateResult;
import dev.retort.Change;
import dev.retort.Retort;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a revision whose upgrade takes the database (which must be at head) to the declared schema and whose
 * downgrade is its exact reverse, both first proven on a dev database. The file goes into the first filesystem
 * migrations location ({@code src/main/resources/db/migration} by default). Run after {@code compile} so
 * SchemaDefinition classes and entities are seen: {@code mvn compile retort:autogenerate -Dretort.message="..."}.
 */
@Mojo(name = "autogenerate", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class AutogenerateMojo extends RetortMojo {
    /** What the revision does (required): {@code -Dretort.message="add the orders view"}. */
    @Parameter(property = "retort.message", required = true)
    String message;

    /** The new revision's id; default 12 random hex characters. */
    @Parameter(property = "retort.revisionId")
    String revisionId;

    /** Whether the upgrade and downgrade are proven on a dev database before the file is written. */
    @Parameter(property = "retort.verify", defaultValue = "true")
    boolean verify;

    /** Whether a revision is written when nothing differs. */
    @Parameter(property = "retort.allowEmpty", defaultValue = "false")
    boolean allowEmpty;

    @Override
    boolean readsDeclarations() {
        return true;
    }

    @Override
    boolean detailsAtInfo() {
        return true;
    }

    @Override
    void run(Goal goal) throws MojoExecutionException {
        Retort retort = goal.retort();
        AutogenerateResult result = retort.autogenerate(value("message", message), new Retort.AutogenerateOptions(
                value("revisionId", revisionId), Boolean.parseBoolean(value("verify", Boolean.toString(verify))),
                Boolean.parseBoolean(value("allowEmpty", Boolean.toString(allowEmpty)))));
        if (result.written().isEmpty()) {
            getLog().info("nothing to write: the database at head matches the declared schema");
            return;
        }
        for (Change c : result.upgrade()) {
            getLog().info("  " + c.action() + " " + c.object() + (c.hazards().isEmpty() ? ""
                    : "  [" + String.join(", ", c.hazards()) + "]"));
        }
        for (Path p : result.written()) {
            getLog().info("wrote " + project.getBasedir().toPath().relativize(p.toAbsolutePath())
                    + (result.verified() ? " (upgrade and downgrade verified)" : ""));
        }
    }
}
