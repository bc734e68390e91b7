package dev.retort.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Fixtures;
import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredSource;
import dev.retort.devdb.DeclaredScope;
import dev.retort.diff.SchemaDiff;
import dev.retort.project.Schemas;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** When a cached declared snapshot is read, and when it is built again: each input of the key, and bad entries. */
@RetortDatabaseTest
@ResourceLock(value = Fixtures.SERVER_ROLES, mode = ResourceAccessMode.READ)
class SnapshotCacheTest {
    private static final String HIT = "read from the snapshot cache";
    private static final String DECLARED = """
            CREATE SCHEMA app;
            CREATE TABLE app.customers (id int PRIMARY KEY, name text NOT NULL, region text REFERENCES ref.regions);
            CREATE VIEW app.names AS SELECT name FROM app.customers;
            """;

    /** The target: a schema the declaration owns (app) and one it does not (ref), which the build copies. */
    private static void target(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA ref; CREATE TABLE ref.regions (code text PRIMARY KEY)");
    }

    private static final DeclaredScope APP = new DeclaredScope(List.of("app"), List.of(),
            DeclaredScope.ALL.kinds(), "public");

    private static DeclaredSchema declared(String sql) {
        return new DeclaredSchema(List.of(DeclaredSource.definedBy("test", sql)));
    }

    /** Builds (or reads) the declared snapshot; returns whether it was read from the cache. */
    private static boolean read(TestDatabase target, DeclaredSchema declared, SnapshotCache cache,
                                List<CatalogSnapshot> into) throws Exception {
        Fixtures.ensureRoles(target); // before the first read, not between two: the key covers the server's roles
        List<String> log = new CopyOnWriteArrayList<>();
        into.add(Schemas.declaredSnapshot(declared, Connector.of(DatabaseUrl.parse(target.jdbcUrl())), null, APP,
                cache, log::add));
        return log.stream().anyMatch(l -> l.contains(HIT));
    }

    private static List<Path> entries(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(SnapshotCache.SUFFIX)).toList();
        }
    }

    @Test
    void anUnchangedDeclarationIsReadAndEqualsTheBuild(TestDatabase target, @TempDir Path dir) throws Exception {
        target(target);
        SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
        List<CatalogSnapshot> snapshots = new java.util.ArrayList<>();
        assertThat(read(target, declared(DECLARED), cache, snapshots)).as("first run").isFalse();
        assertThat(read(target, declared(DECLARED), cache, snapshots)).as("second run").isTrue();
        CatalogSnapshot built = snapshots.get(0);
        CatalogSnapshot cached = snapshots.get(1);
        assertThat(cached.objects()).isEqualTo(built.objects()).isNotEmpty();
        assertThat(SchemaDiff.between(built, cached).isEmpty()).isTrue();
        assertThat(cached.dependencies().edges()).isEqualTo(built.dependencies().edges());
        assertThat(cached.dependencies().columnEdges()).isEqualTo(built.dependencies().columnEdges());
        assertThat(cached.serverVersionNum()).isEqualTo(built.serverVersionNum());
        assertThat(cached.unmodelled()).isEqualTo(built.unmodelled());
        assertThat(cached.extensionUpdates()).isEqualTo(built.extensionUpdates());
        assertThat(entries(dir)).hasSize(1);
    }

    @Test
    void aChangedDeclarationIsBuilt(TestDatabase target, @TempDir Path dir) throws Exception {
        target(target);
        SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
        List<CatalogSnapshot> snapshots = new java.util.ArrayList<>();
        read(target, declared(DECLARED), cache, snapshots);
        String changed = DECLARED.replace("name text NOT NULL", "name text");
        assertThat(read(target, declared(changed), cache, snapshots)).isFalse();
        assertThat(snapshots.get(1)).isNotEqualTo(snapshots.get(0));
        // The same statements in another order are another declaration too.
        String[] statements = DECLARED.strip().split("\n");
        assertThat(read(target, declared(statements[0] + "\n" + statements[2] + "\n" + statements[1] + "\n"), cache,
                snapshots)).isFalse();
        assertThat(read(target, declared(changed), cache, snapshots)).as("the changed one, again").isTrue();
    }

    @Test
    void changedObjectsOfTheTargetOutsideTheScopeAreBuilt(TestDatabase target, @TempDir Path dir) throws Exception {
        target(target);
        SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
        List<CatalogSnapshot> snapshots = new java.util.ArrayList<>();
        read(target, declared(DECLARED), cache, snapshots);
        target.execute("ALTER TABLE ref.regions ADD COLUMN name text");
        assertThat(read(target, declared(DECLARED), cache, snapshots)).isFalse();
        // What the scope owns in the target is not an input: the declaration says what it is.
        target.execute("CREATE SCHEMA app; CREATE TABLE app.live_only (id int)");
        assertThat(read(target, declared(DECLARED), cache, snapshots)).isTrue();
    }

    @Test
    void aTamperedEntryIsDeletedAndBuiltAgain(TestDatabase target, @TempDir Path dir) throws Exception {
        target(target);
        SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
        List<CatalogSnapshot> snapshots = new java.util.ArrayList<>();
        read(target, declared(DECLARED), cache, snapshots);
        Path entry = entries(dir).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(entry, bytes);
        List<String> log = new CopyOnWriteArrayList<>();
        CatalogSnapshot rebuilt = Schemas.declaredSnapshot(declared(DECLARED),
                Connector.of(DatabaseUrl.parse(target.jdbcUrl())), null, APP, cache, log::add);
        assertThat(log).noneMatch(l -> l.contains(HIT))
                .anyMatch(l -> l.contains("is not a valid entry (checksum mismatch)"));
        assertThat(rebuilt.objects()).isEqualTo(snapshots.get(0).objects());
        assertThat(read(target, declared(DECLARED), cache, snapshots)).as("stored again").isTrue();
    }

    @Test
    void entriesOfAnotherKeyOrFormatOrGarbageAreRefused(@TempDir Path dir) throws Exception {
        CatalogSnapshot snapshot = new CatalogSnapshot(150004, new java.util.TreeMap<>(),
                dev.retort.catalog.DependencyGraph.builder().build());
        String key = "a".repeat(64);
        String other = "b".repeat(64);
        SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
        cache.put(key, snapshot, line -> { });
        List<String> log = new CopyOnWriteArrayList<>();
        assertThat(cache.get(key, log::add)).isNotNull();
        Files.copy(cache.file(key), cache.file(other));
        assertThat(cache.get(other, log::add)).as("a copy under another key").isNull();
        assertThat(log).anyMatch(l -> l.contains("written for another key"));
        assertThat(cache.file(other)).doesNotExist();
        byte[] bytes = SnapshotCache.encode(snapshot, key);
        bytes[16 + 3] = 99; // the format version, checksum recomputed: only the format is wrong
        byte[] body = java.util.Arrays.copyOf(bytes, bytes.length - 32);
        byte[] sum = java.security.MessageDigest.getInstance("SHA-256").digest(body);
        System.arraycopy(sum, 0, bytes, body.length, 32);
        Files.write(cache.file(key), bytes);
        assertThat(cache.get(key, log::add)).as("another format").isNull();
        assertThat(log).anyMatch(l -> l.contains("format 99"));
        Files.writeString(cache.file(key), "not a snapshot");
        assertThat(cache.get(key, log::add)).as("garbage").isNull();
    }

    @Test
    void theLeastRecentlyUsedEntriesGoPastTheBound(TestDatabase db, @TempDir Path dir) throws Exception {
        Fixtures.loadCorpus(db);
        CatalogSnapshot snapshot = Fixtures.inspect(db);
        long size = SnapshotCache.encode(snapshot, "k".repeat(64)).length;
        SnapshotCache cache = SnapshotCache.in(dir, size * 2 + size / 2); // room for two
        String[] keys = {"1".repeat(64), "2".repeat(64), "3".repeat(64)};
        cache.put(keys[0], snapshot, line -> { });
        Thread.sleep(20);
        cache.put(keys[1], snapshot, line -> { });
        Thread.sleep(20);
        assertThat(cache.get(keys[0], line -> { })).as("used: now the most recent").isNotNull();
        Thread.sleep(20);
        cache.put(keys[2], snapshot, line -> { });
        assertThat(cache.file(keys[1])).as("the least recently used").doesNotExist();
        assertThat(cache.file(keys[0])).exists();
        assertThat(cache.file(keys[2])).exists();
    }

    @Test
    void concurrentWritersAndReadersSeeWholeEntries(TestDatabase db, @TempDir Path dir) throws Exception {
        Fixtures.loadCorpus(db);
        CatalogSnapshot snapshot = Fixtures.inspect(db);
        SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
        String key = "c".repeat(64);
        List<String> log = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CatalogSnapshot>> reads = new java.util.ArrayList<>();
            List<Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                writes.add(pool.submit(() -> cache.put(key, snapshot, log::add)));
                reads.add(pool.submit(() -> cache.get(key, log::add)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
            for (Future<CatalogSnapshot> read : reads) {
                CatalogSnapshot got = read.get();
                if (got != null) {
                    assertThat(got.objects()).isEqualTo(snapshot.objects());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(log).as("no reader saw a partial entry, no writer failed").isEmpty();
        assertThat(cache.get(key, log::add).objects()).isEqualTo(snapshot.objects());
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(key + SnapshotCache.SUFFIX);
        }
    }

    @Test
    void theWholeCorpusRoundTrips(TestDatabase db) throws Exception {
        Fixtures.loadCorpus(db);
        CatalogSnapshot snapshot = Fixtures.inspect(db);
        String key = "d".repeat(64);
        CatalogSnapshot back = SnapshotCache.decode(SnapshotCache.encode(snapshot, key), key);
        assertThat(back.objects()).isEqualTo(snapshot.objects());
        assertThat(back.dependencies().edges()).isEqualTo(snapshot.dependencies().edges());
        assertThat(back.dependencies().columnEdges()).isEqualTo(snapshot.dependencies().columnEdges());
        assertThat(back.unmodelled()).isEqualTo(snapshot.unmodelled());
        assertThat(back.extensionUpdates()).isEqualTo(snapshot.extensionUpdates());
    }

    @Test
    void anotherServerVersionIsBuiltOnItsOwn(TestServer server, @TempDir Path dir) throws Exception {
        TestServer other = TestServer.embedded(server.major() == 13 ? 16 : 13);
        for (TestServer s : List.of(server, other)) {
            try (TestDatabase db = s.createDatabase()) {
                Fixtures.ensureRoles(db); // now, not while this test reads: the key covers the server's roles
            }
        }
        SnapshotCache cache = SnapshotCache.in(dir, SnapshotCache.DEFAULT_MAX_BYTES);
        DeclaredSchema declared = declared("CREATE TABLE t (id int PRIMARY KEY, at timestamptz DEFAULT now());");
        assertThat(readOn(server, declared, cache)).as("first build").isFalse();
        assertThat(readOn(other, declared, cache)).as("PostgreSQL " + other.major()).isFalse();
        assertThat(readOn(server, declared, cache)).as("the first server again").isTrue();
        assertThat(readOn(other, declared, cache)).as("the other server again").isTrue();
        assertThat(dir.toFile().list((d, name) -> name.endsWith(SnapshotCache.SUFFIX))).hasSize(2);
    }

    /** Builds (or reads) a declaration with no target on {@code server}; returns whether it was read. */
    private static boolean readOn(TestServer server, DeclaredSchema declared, SnapshotCache cache) {
        List<String> log = new CopyOnWriteArrayList<>();
        Schemas.declaredSnapshot(declared, (Connector) null, DatabaseUrl.parse(server.jdbcUrl("postgres")),
                DeclaredScope.ALL, cache, log::add);
        return log.stream().anyMatch(l -> l.contains(HIT));
    }

    @Test
    void theKeyCoversWhatTheServerSaysOfItself(TestServer server) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"));
             var st = c.createStatement(); var rs = st.executeQuery(SnapshotKey.SERVER_QUERY)) {
            rs.next();
            String[] lines = rs.getString(1).split("\n");
            assertThat(Integer.parseInt(lines[0]) / 10000).as("server_version_num").isEqualTo(server.major());
            try (var user = c.createStatement().executeQuery("SELECT current_user")) {
                user.next();
                assertThat(lines[1]).as("the inspecting role").isEqualTo(user.getString(1));
            }
        }
    }
}
