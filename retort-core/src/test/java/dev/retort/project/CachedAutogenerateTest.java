package dev.retort.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.AutogenerateResult;
import dev.retort.Retort;
import dev.retort.RetortEvent;
import dev.retort.catalog.Fixtures;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Autogenerate and check with the snapshot cache: an unchanged declaration is read, not built; the revision is the
 * one an uncached run writes, and it is still verified (on the current schema rebuilt, as no dev database holds the
 * cached declaration).
 */
@RetortDatabaseTest
@ResourceLock(value = Fixtures.SERVER_ROLES, mode = ResourceAccessMode.READ)
class CachedAutogenerateTest {
    private static final String HIT = "read from the snapshot cache";

    @Test
    void aCachedAutogenerateWritesTheVerifiedRevisionAnUncachedOneWrites(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Fixtures.ensureRoles(db); // now, not between two runs: the key covers the server's roles
        db.execute("CREATE SCHEMA ref; CREATE TABLE ref.regions (code text PRIMARY KEY)");
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("schema/app.sql"), """
                CREATE SCHEMA app;
                CREATE TABLE app.customers (id int PRIMARY KEY, region text REFERENCES ref.regions, name text);
                CREATE VIEW app.names AS SELECT name FROM app.customers;
                """);
        List<String> details = new CopyOnWriteArrayList<>();
        Retort cached = Retort.configure().url(db.jdbcUrl()).baseDirectory(dir).schemas("app")
                .listener(e -> {
                    if (e instanceof RetortEvent.Message m) {
                        details.add(m.text());
                    }
                }).load();
        Retort uncached = Retort.configure().url(db.jdbcUrl()).baseDirectory(dir).schemas("app").cache(false)
                .listener(e -> { }).load();

        AutogenerateResult reference = uncached.autogenerate("first", new Retort.AutogenerateOptions("r1", true, false));
        String written = revision(reference.written().get(0));
        Files.delete(reference.written().get(0));
        assertThat(dir.resolve(".retort/cache")).as("--no-cache writes no entry").doesNotExist();

        AutogenerateResult miss = cached.autogenerate("first", new Retort.AutogenerateOptions("r1", true, false));
        assertThat(details).noneMatch(l -> l.contains(HIT));
        assertThat(revision(miss.written().get(0))).isEqualTo(written);
        Files.delete(miss.written().get(0));
        assertThat(dir.resolve(".retort/cache")).isNotEmptyDirectory();

        details.clear();
        AutogenerateResult hit = cached.autogenerate("first", new Retort.AutogenerateOptions("r1", true, false));
        assertThat(details).anyMatch(l -> l.contains(HIT));
        assertThat(hit.verified()).isTrue();
        assertThat(details).anyMatch(l -> l.startsWith("verified: the upgrade and the downgrade"));
        assertThat(revision(hit.written().get(0))).isEqualTo(written);

        // The revision applies, and a cached check then passes, as an uncached one does.
        cached.upgrade();
        details.clear();
        assertThat(cached.check().passed()).isTrue();
        assertThat(details).as("the declaration and the target's ref schema did not change").anyMatch(l -> l.contains(HIT));
        assertThat(uncached.check().passed()).isTrue();

        // A change to the declaration is built, and check fails with and without the cache.
        Files.writeString(dir.resolve("schema/app.sql"), Files.readString(dir.resolve("schema/app.sql"))
                .replace("name text)", "name text NOT NULL)"));
        details.clear();
        assertThat(cached.check().passed()).isFalse();
        assertThat(details).noneMatch(l -> l.contains(HIT));
        assertThat(uncached.check().passed()).isFalse();
    }

    /** The revision file without its creation date. */
    private static String revision(Path file) throws Exception {
        return Files.readString(file).replaceAll("(?m)^-- Create Date: .*$", "");
    }
}
