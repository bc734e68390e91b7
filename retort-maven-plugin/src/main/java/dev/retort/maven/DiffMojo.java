package dev.retort.maven;

import dev.retort.DiffResult;
import dev.retort.Retort;
import dev.retort.SchemaSource;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL that turns one schema into another, to a file or the build log. Each side is {@code database}
 * (the configured database), {@code declared} (the configured declared schema), a database URL, or a declared
 * schema's location ({@code classpath:...}, {@code filesystem:...} or a directory).
 */
@Mojo(name = "diff", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public final class DiffMojo extends RetortMojo {
    /** The schema as it is; default {@code database}. */
    @Parameter(property = "retort.from", defaultValue = "database")
    String from;

    /** The schema as it should be; default {@code declared}. */
    @Parameter(property = "retort.to", defaultValue = "declared")
    String to;

    /** Where to write the SQL; default the build log. */
    @Parameter(property = "retort.output")
    File output;

    /** Prove the plan and its reverse on a dev database first. */
    @Parameter(property = "retort.verify", defaultValue = "false")
    boolean verify;

    /** Fail the build when the schemas differ. */
    @Parameter(property = "retort.failOnDifference", defaultValue = "false")
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
        Retort retort = goal.retort();
        DiffResult diff = retort.diff(side(value("from", from)), side(value("to", to)),
                Boolean.parseBoolean(value("verify", Boolean.toString(verify))));
        String out = value("output", output == null ? null : output.getPath());
        if (out != null) {
            File file = new File(out).isAbsolute() ? new File(out) : new File(project.getBasedir(), out);
            try {
                Files.createDirectories(file.getAbsoluteFile().getParentFile().toPath());
                Files.writeString(file.toPath(), diff.sql(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("retort: cannot write " + file + ": " + e.getMessage(), e);
            }
            getLog().info("wrote " + diff.changes().size() + " statements to " + file);
        } else if (diff.isEmpty()) {
            getLog().info("no differences");
        } else {
            for (String line : diff.sql().split("\n")) {
                getLog().info(line);
            }
        }
        if (failOnDifference && !diff.isEmpty()) {
            throw new MojoFailureException("retort diff: the schemas differ (" + diff.changes().size() + " statements)");
        }
    }

    /** {@code database}, {@code declared}, a URL, or a declared schema's location. */
    static SchemaSource side(String spec) {
        String s = spec.strip();
        if (s.equals("database")) {
            return SchemaSource.database();
        }
        if (s.equals("declared")) {
            return SchemaSource.declared();
        }
        if (s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql:")) {
            return SchemaSource.url(s);
        }
        return SchemaSource.declared(s);
    }
}
