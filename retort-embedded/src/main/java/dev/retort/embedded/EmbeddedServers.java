package dev.retort.embedded;

import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * The two ways Retort's front ends (the command line, the Maven plugin) use an embedded server: a project's default
 * database when none is configured, kept under the project's {@code .retort/} so its state survives between runs;
 * and a dev server named {@code embedded} or {@code embedded:MAJOR}, temporary.
 */
public final class EmbeddedServers {
    /** The dev-server value that asks for a temporary embedded server. */
    public static final String EMBEDDED = "embedded";

    private EmbeddedServers() {
    }

    /**
     * Where a project's default database keeps its data: {@code .retort/pgMAJOR} in the project directory.
     *
     * @param projectDirectory the directory of {@code retort.toml} (or of the build)
     * @return the data directory for the default major
     */
    public static Path projectDataDirectory(Path projectDirectory) {
        return projectDirectory.toAbsolutePath().normalize().resolve(".retort").resolve("pg" + PostgresBinaries.defaultMajor());
    }

    /**
     * Starts the project's default database (the default major, data under {@link #projectDataDirectory}).
     *
     * @param projectDirectory the project directory
     * @return the running server; the caller stops it
     */
    public static EmbeddedPostgres startProjectDefault(Path projectDirectory) {
        return EmbeddedPostgres.start(PostgresBinaries.defaultMajor(), projectDataDirectory(projectDirectory));
    }

    /**
     * Whether a dev-server setting asks for an embedded server.
     *
     * @param url the setting's value (may be null)
     * @return true for {@code embedded} and {@code embedded:MAJOR}
     */
    public static boolean isEmbedded(String url) {
        return url != null && (url.equals(EMBEDDED) || url.startsWith(EMBEDDED + ":"));
    }

    /**
     * Starts the temporary server an {@code embedded[:MAJOR]} dev-server setting asks for.
     *
     * @param url         {@code embedded} or {@code embedded:MAJOR}
     * @param targetMajor the major to run when the setting names none (the compared database's)
     * @return the running server; the caller stops it, which deletes it
     * @throws IllegalArgumentException when the major is not a number
     */
    public static EmbeddedPostgres startDev(String url, IntSupplier targetMajor) {
        if (!isEmbedded(url)) {
            throw new IllegalArgumentException(url + " is not embedded or embedded:MAJOR");
        }
        int major;
        if (url.startsWith(EMBEDDED + ":")) {
            try {
                major = Integer.parseInt(url.substring(EMBEDDED.length() + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(url + ": the major version must be a number, e.g. embedded:17");
            }
        } else {
            major = targetMajor.getAsInt();
        }
        return EmbeddedPostgres.start(major);
    }
}
