package dev.retort.cli;

import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedServers;
import dev.retort.embedded.PostgresBinaries;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The database a project uses when none is configured anywhere: an embedded PostgreSQL whose data lives under the
 * project's {@code .retort/}, so state survives between commands and a newcomer needs nothing installed. Started
 * once per process, on first need, and stopped when the process exits.
 */
final class EmbeddedDefault {
    private static EmbeddedPostgres server;

    private EmbeddedDefault() {
    }

    /** The embedded server's JDBC URL, starting it on first call. */
    static synchronized String start(Path projectDirectory, PrintWriter err) {
        if (server == null) {
            err.println("retort: no database configured; using an embedded PostgreSQL "
                    + PostgresBinaries.defaultMajor() + " with its data in "
                    + EmbeddedServers.projectDataDirectory(projectDirectory));
            err.flush();
            server = EmbeddedServers.startProjectDefault(projectDirectory);
        }
        return server.jdbcUrl("postgres");
    }
}
