package dev.retort.cli;

import dev.retort.RetortConfiguration;
import dev.retort.Retort;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every project command takes: where the project's retort.toml is, and --url. */
final class ProjectOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "the project's configuration (default: ./retort.toml)")
    Path config = Path.of("retort.toml");

    @Option(names = "--url", paramLabel = "URL", description = "the database, postgresql://user:password@host:port/db; overrides retort.toml")
    String url;

    /**
     * The project's configuration: retort.toml, RETORT_* variables, --url; with no database configured anywhere,
     * an embedded one under .retort/ when first needed.
     */
    RetortConfiguration configuration(PrintWriter err, java.util.Map<String, String> environment) {
        Path directory = config.toAbsolutePath().getParent();
        RetortConfiguration c = Retort.configure().configFile(config).environment(environment)
                .databaseWhenNoneConfigured(() -> EmbeddedDefault.start(directory, err));
        if (url != null) {
            c.url(url);
        }
        return c;
    }
}
