package dev.retort.cli;

import dev.retort.project.RetortConfig;
import dev.retort.project.RetortProject;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every project command takes: where the project's retort.toml is, and --url. */
final class ProjectOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "the project's configuration (default: ./retort.toml)")
    Path config = Path.of(RetortConfig.FILE_NAME);

    @Option(names = "--url", paramLabel = "URL", description = "the database, postgresql://user:password@host:port/db; overrides retort.toml")
    String url;

    /** The project; with no database configured anywhere, an embedded one under .retort/ when first needed. */
    RetortProject open(PrintWriter err, java.util.Map<String, String> environment) {
        RetortProject project = RetortProject.open(config, url).withEnvironment(environment);
        Path directory = project.config().file().toAbsolutePath().getParent();
        return project.withFallbackDatabase(() -> EmbeddedDefault.start(directory, err));
    }
}
