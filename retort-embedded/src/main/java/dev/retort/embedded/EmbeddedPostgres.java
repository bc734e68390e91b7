package dev.retort.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server of a chosen major (13-18), started from Maven Central binaries on 127.0.0.1 with trust
 * authentication for user {@code postgres}.
 *
 * <p>With a data directory, the cluster is created there once and reused by later starts (the CLI keeps it under
 * {@code .retort/}); without one, a temporary cluster is created, tuned for speed rather than durability, and
 * deleted on {@link #close()}. The server is stopped when the JVM exits if nobody closed it first.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final int START_ATTEMPTS = 5;

    private final int major;
    private final String version;
    private final Path home;
    private final Path dataDir;
    private final boolean temporary;
    private final ProcessIsolation isolation;
    private final int port;
    private final Thread shutdownHook;
    private boolean stopped;

    private EmbeddedPostgres(int major, String version, Path home, Path dataDir, boolean temporary,
                             ProcessIsolation isolation, int port) {
        this.major = major;
        this.version = version;
        this.home = home;
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.isolation = isolation;
        this.port = port;
        this.shutdownHook = new Thread(this::stopQuietly, "retort-embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a temporary server of the major, deleted on close. */
    public static EmbeddedPostgres start(int major) {
        return start(major, null);
    }

    /**
     * Starts a server of the major on a data directory, creating the cluster there when the directory holds none;
     * a null directory means a temporary cluster.
     */
    public static EmbeddedPostgres start(int major, Path dataDir) {
        return start(major, dataDir, ProcessIsolation.detect());
    }

    static EmbeddedPostgres start(int major, Path dataDir, ProcessIsolation isolation) {
        String version = PostgresBinaries.pinnedVersion(major);
        Path home = PostgresBinaries.install(major, isolation);
        boolean temporary = dataDir == null;
        Path data = null;
        try {
            data = temporary ? Files.createTempDirectory("retort-pg" + major + "-").resolve("data") : dataDir.toAbsolutePath();
            if (temporary) {
                isolation.claim(data.getParent());
            }
            prepareCluster(major, home, data, temporary, isolation);
            int port = startServer(home, data, temporary, isolation);
            LOG.debug("PostgreSQL {} started on port {} (data {}, {})", version, port, data, isolation);
            return new EmbeddedPostgres(major, version, home, data, temporary, isolation, port);
        } catch (IOException | RuntimeException e) {
            if (temporary && data != null) {
                deleteQuietly(data.getParent());
            }
            if (e instanceof EmbeddedPostgresException epe) {
                throw epe;
            }
            throw new EmbeddedPostgresException("Could not start PostgreSQL " + version + ": " + e.getMessage(), e);
        }
    }

    public int major() {
        return major;
    }

    /** The binaries release, e.g. {@code 17.11.0}. */
    public String version() {
        return version;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** How the server process was run (directly, in a user namespace, or as nobody). */
    public ProcessIsolation isolation() {
        return isolation;
    }

    /** A JDBC URL for a database on this server, as user {@code postgres}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** Stops the server (fast shutdown) and, for a temporary cluster, deletes it. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself.
        }
        try {
            run(isolation, List.of(home.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(),
                    "-m", "fast", "-w", "-t", "60", "stop"), "stop the server");
            if (temporary) {
                PostgresBinaries.deleteTree(dataDir.getParent());
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not stop PostgreSQL at " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the embedded PostgreSQL failed: {}", e.getMessage());
        }
    }

    private static void prepareCluster(int major, Path home, Path data, boolean temporary, ProcessIsolation isolation)
            throws IOException {
        Path versionFile = data.resolve("PG_VERSION");
        if (Files.isRegularFile(versionFile)) {
            String found = Files.readString(versionFile).strip();
            if (!found.equals(Integer.toString(major))) {
                throw new EmbeddedPostgresException("The data directory " + data + " holds a PostgreSQL " + found
                        + " cluster, not " + major + ". Use the same major, or another data directory.");
            }
            return;
        }
        Files.createDirectories(data);
        try (var entries = Files.list(data)) {
            if (entries.findAny().isPresent()) {
                throw new EmbeddedPostgresException("The data directory " + data
                        + " is neither empty nor a PostgreSQL cluster; refusing to use it.");
            }
        }
        isolation.claim(data);
        List<String> initdb = new ArrayList<>(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(),
                "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C"));
        if (temporary) {
            initdb.add("--no-sync");
        }
        run(isolation, initdb, "create the cluster (initdb)");
    }

    private static int startServer(Path home, Path data, boolean temporary, ProcessIsolation isolation)
            throws IOException {
        Path log = data.resolve("retort-server.log");
        String lastFailure = "";
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = freePort();
            // Unix sockets are off: the socket directory may not be writable, and TCP on loopback is all we need.
            String options = "-p " + port + " -h 127.0.0.1 -c unix_socket_directories=''"
                    + (temporary ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
            try {
                run(isolation, List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
                        log.toString(), "-o", options, "-w", "-t", "60", "start"), "start the server");
                return port;
            } catch (EmbeddedPostgresException e) {
                lastFailure = e.getMessage() + tail(log);
                if (!lastFailure.contains("could not bind") && !lastFailure.contains("Address already in use")) {
                    throw new EmbeddedPostgresException(lastFailure, e);
                }
            }
        }
        throw new EmbeddedPostgresException("Could not find a free port after " + START_ATTEMPTS + " attempts: "
                + lastFailure);
    }

    private static void deleteQuietly(Path dir) {
        try {
            PostgresBinaries.deleteTree(dir);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\nServer log (" + log + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(ProcessIsolation isolation, List<String> command, String what) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(isolation.wrap(command)).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedPostgresException("Timed out trying to " + what + ".");
            }
            if (process.exitValue() != 0) {
                throw new EmbeddedPostgresException("Could not " + what + " (" + isolation + "; exit "
                        + process.exitValue() + "): " + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while trying to " + what + ".", e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + version + " on 127.0.0.1:" + port + " (" + dataDir + ")";
    }

}
