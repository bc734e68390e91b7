package dev.retort.cli;

import dev.retort.RetortConfiguration;
import dev.retort.Retort;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What every project command is given: where the project's retort.toml is, and --url. */
final class ProjectOptions {
    // The values of the global -c/--config and --url (declared on the root command, given before or after the
    // subcommand), copied here by ProjectCommand.
    Path config = Path.of("retort.toml");

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
