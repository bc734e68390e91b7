package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedServers;
import java.util.function.IntSupplier;

/**
 * The server declared schemas are built on, from {@code --dev-url} or the configuration: a URL as given, or
 * {@code embedded[:MAJOR]}, which starts an embedded server for the command (stopped on close).
 *
 * @param url      the dev server's URL, or null for the database's own server
 * @param embedded the server started for this command, or null
 */
record DevServer(String url, EmbeddedPostgres embedded) implements AutoCloseable {
    /**
     * @param url         a URL, {@code embedded[:MAJOR]}, or null
     * @param targetMajor the major an embedded server without one must run (the compared database's)
     */
    static DevServer start(String url, IntSupplier targetMajor) {
        if (url == null || url.isBlank()) {
            return new DevServer(null, null);
        }
        if (!EmbeddedServers.isEmbedded(url)) {
            return new DevServer(url, null);
        }
        try {
            EmbeddedPostgres pg = EmbeddedServers.startDev(url, targetMajor);
            return new DevServer(pg.jdbcUrl("postgres"), pg);
        } catch (IllegalArgumentException e) {
            throw new RetortException("--dev-url " + e.getMessage());
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RetortException("cannot start an embedded PostgreSQL for --dev-url " + url + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
