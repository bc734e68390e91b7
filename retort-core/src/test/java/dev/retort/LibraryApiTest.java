package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API as a library user calls it, on real databases. */
@RetortDatabaseTest
class LibraryApiTest {
    @Test
    void aDataSourceIsUsedAndOnlyTheConnectionsRetortOpenedAreClosed(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path migrations = LibraryFiles.writeAll(dir.resolve("migrations"), LibraryFiles.appRevisions());
        LibraryFiles.writeAll(dir.resolve("schema"), Map.of("items.sql", LibraryFiles.declaredSchema()));
        CountingDataSource ds = new CountingDataSource(db.jdbcUrl());
        Retort retort = Retort.configure().dataSource(ds).baseDirectory(dir).migrations(migrations.toString())
                .schemas("app").listener(e -> { }).load();

        RunResult up = retort.upgrade();
        assertThat(up.revisionIds()).containsExactly("a1", "b2");
        assertThat(up.headsBefore()).isEmpty();
        assertThat(up.headsAfter()).containsExactly("b2");
        assertThat(up.revisions()).allSatisfy(r -> assertThat(r.direction()).isEqualTo("upgrade"));
        assertThat(db.queryColumn("SELECT revision FROM public.retort_version")).containsExactly("b2");

        InfoResult info = retort.info();
        assertThat(info.current()).containsExactly("b2");
        assertThat(info.pending()).isEmpty();
        assertThat(info.upToDate()).isTrue();
        assertThat(info.history()).extracting(InfoResult.HistoryEntry::revision).containsExactly("a1", "b2");

        // The declared schema is built on the DataSource's server, found through a connection's metadata.
        CheckResult check = retort.check();
        assertThat(check.passed()).as("drift: %s", check.drift()).isTrue();

        assertThat(ds.opened.get()).isPositive();
        assertThat(ds.closed.get()).isEqualTo(ds.opened.get());

        RunResult down = retort.downgrade("base");
        assertThat(down.revisionIds()).containsExactly("b2", "a1");
        assertThat(db.queryColumn("SELECT count(*) FROM pg_namespace WHERE nspname = 'app'")).containsExactly("0");
        assertThat(ds.closed.get()).isEqualTo(ds.opened.get());
    }

    @Test
    void aConnectionSupplierWorksAndAnUnknownTargetNamesItsSource(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path migrations = LibraryFiles.writeAll(dir.resolve("m"), LibraryFiles.twoRevisions());
        Retort retort = Retort.configure().connections(() -> DriverManager.getConnection(db.jdbcUrl()))
                .migrations(migrations.toString()).listener(e -> { }).load();
        assertThat(retort.upgrade("a1").revisionIds()).containsExactly("a1");
        assertThat(retort.current()).containsExactly("a1");

        // The URL with the credentials apart, as Flyway users write it.
        String user = db.queryColumn("SELECT current_user").get(0);
        java.util.regex.Matcher pw = java.util.regex.Pattern.compile("[?&]password=([^&]*)").matcher(db.jdbcUrl());
        String password = pw.find() ? java.net.URLDecoder.decode(pw.group(1), StandardCharsets.UTF_8) : null;
        String noCredentials = db.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1");
        Retort apart = Retort.configure().url(noCredentials, user, password).migrations(migrations.toString())
                .listener(e -> { }).load();
        assertThat(apart.current()).containsExactly("a1");
        assertThatThrownBy(() -> retort.upgrade("zzz")).isInstanceOf(RetortException.class)
                .hasMessageContaining("zzz");
    }

    @Test
    void migrationsAndDeclaredSchemaFromClasspathLocationsInsideAJar(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        LibraryFiles.appRevisions().forEach((name, text) -> entries.put("db/migration/" + name, text));
        entries.put("db/migration/nested/not_a_revision.sql", "-- below the folder: not read");
        entries.put("db/schema/tables/items.sql", "CREATE SCHEMA app;\nCREATE TABLE app.items (id int PRIMARY KEY, name text);");
        entries.put("db/schema/views/names.sql", "CREATE VIEW app.item_names AS SELECT name FROM app.items;");
        Path jar = LibraryFiles.jar(dir.resolve("app.jar"), entries);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Retort retort = Retort.configure().url(db.jdbcUrl()).classLoader(loader)
                    .migrations("classpath:db/migration").schemaLocations("classpath:/db/schema/")
                    .schemas("app").listener(e -> { }).load();
            assertThat(retort.info().pending()).extracting(RevisionInfo::file)
                    .containsExactly("classpath:db/migration/a1_items.sql", "classpath:db/migration/b2_names.sql");
            assertThat(retort.upgrade().revisionIds()).containsExactly("a1", "b2");
            assertThat(retort.check().passed()).isTrue();
            assertThatThrownBy(() -> retort.newRevision(NewRevision.of("next")))
                    .isInstanceOf(RetortException.class).hasMessageContaining("filesystem migrations location");

            Retort missing = Retort.configure().url(db.jdbcUrl()).classLoader(loader)
                    .migrations("classpath:db/nowhere").listener(e -> { }).load();
            assertThatThrownBy(missing::upgrade).isInstanceOf(RetortException.class)
                    .hasMessageContaining("classpath:db/nowhere is not on the class path");
        }
    }

    @Test
    void twoTenantsInOneDatabaseAreMigratedIndependently(TestDatabase db, @TempDir Path dir) throws Exception {
        Path migrations = LibraryFiles.writeAll(dir.resolve("migrations"), LibraryFiles.twoRevisions());
        db.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b");
        for (String tenant : List.of("tenant_a", "tenant_b")) {
            Retort retort = Retort.configure().url(db.jdbcUrl() + "&currentSchema=" + tenant)
                    .migrations(migrations.toString()).versionSchema(tenant).listener(e -> { }).load();
            assertThat(retort.upgrade(tenant.equals("tenant_a") ? "heads" : "a1").revisionIds()).isNotEmpty();
        }
        assertThat(db.queryColumn("SELECT revision FROM tenant_a.retort_version")).containsExactly("b2");
        assertThat(db.queryColumn("SELECT revision FROM tenant_b.retort_version")).containsExactly("a1");
        assertThat(db.queryColumn("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                + "WHERE table_name IN ('items', 'item_names') ORDER BY 1"))
                .containsExactly("tenant_a.item_names", "tenant_a.items", "tenant_b.items");

        // One Retort, the version schema chosen per call: tenant_b is not "at head" because tenant_a is.
        Retort shared = Retort.configure().url(db.jdbcUrl()).migrations(migrations.toString())
                .listener(e -> { }).load();
        assertThat(shared.withVersionSchema("tenant_a").info().upToDate()).isTrue();
        assertThat(shared.withVersionSchema("tenant_b").info().pending()).extracting(RevisionInfo::id)
                .containsExactly("b2");
        assertThat(shared.info().current()).isEmpty();
        assertThat(shared.withVersionSchema("tenant_b").settings().versionSchema()).isEqualTo("tenant_b");
        assertThat(shared.settings().versionSchema()).isEqualTo("public");
    }

    @Test
    void theListenerReceivesTheEventsInOrder(TestDatabase db, @TempDir Path dir) throws Exception {
        Path migrations = LibraryFiles.writeAll(dir.resolve("migrations"), LibraryFiles.appRevisions());
        List<RetortEvent> events = Collections.synchronizedList(new ArrayList<>());
        Retort retort = Retort.configure().url(db.jdbcUrl()).migrations(migrations.toString())
                .schemaLocations(LibraryFiles.writeAll(dir.resolve("schema"),
                        Map.of("s.sql", LibraryFiles.declaredSchema() + "CREATE INDEX items_name ON app.items (name);"))
                        .toString())
                .schemas("app").listener(events::add).load();

        retort.upgrade();
        assertThat(events.stream().map(LibraryApiTest::describe).toList()).containsExactly(
                "RunStarted upgrade", "RevisionStarted a1", "StatementExecuted a1", "StatementExecuted a1",
                "RevisionFinished a1",
                "RevisionStarted b2", "StatementExecuted b2", "RevisionFinished b2", "RunFinished upgrade");
        RetortEvent.RevisionStarted first = (RetortEvent.RevisionStarted) events.get(1);
        assertThat(first.path()).isEqualTo("base -> a1");
        assertThat(first.direction()).isEqualTo("upgrade");
        assertThat(((RetortEvent.StatementExecuted) events.get(2)).line()).isEqualTo(8);
        assertThat(((RetortEvent.StatementExecuted) events.get(3)).line()).isEqualTo(9);

        events.clear();
        AutogenerateResult generated = retort.autogenerate("index on names");
        assertThat(generated.written()).hasSize(1);
        assertThat(generated.upgrade()).extracting(Change::action).containsExactly("create");
        assertThat(generated.verified()).isTrue();
        List<String> kinds = events.stream().filter(e -> !(e instanceof RetortEvent.Message))
                .map(LibraryApiTest::describe).toList();
        assertThat(kinds).containsExactly("RunStarted autogenerate", "DevDatabaseBuilt", "PlanVerified",
                "PlanVerified", "RunFinished autogenerate");

        // Another run holds this version schema's advisory lock: the upgrade says it waits, then runs.
        events.clear();
        try (Connection holder = DriverManager.getConnection(db.jdbcUrl());
             PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, lockKey("public"));
            lock.execute();
            CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(retort::upgrade);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (events.stream().noneMatch(e -> e instanceof RetortEvent.WaitingForLock)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(run).isNotDone();
            try (PreparedStatement unlock = holder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, lockKey("public"));
                unlock.execute();
            }
            assertThat(run.get(60, TimeUnit.SECONDS).revisions()).hasSize(1);
        }
        assertThat(events.stream().map(LibraryApiTest::describe).toList())
                .startsWith("RunStarted upgrade", "WaitingForLock").endsWith("RunFinished upgrade");
    }

    private static String describe(RetortEvent e) {
        if (e instanceof RetortEvent.RunStarted s) {
            return "RunStarted " + s.operation();
        }
        if (e instanceof RetortEvent.RunFinished f) {
            return "RunFinished " + f.operation();
        }
        if (e instanceof RetortEvent.RevisionStarted s) {
            return "RevisionStarted " + s.revision();
        }
        if (e instanceof RetortEvent.RevisionFinished f) {
            return "RevisionFinished " + f.revision();
        }
        if (e instanceof RetortEvent.StatementExecuted s) {
            return "StatementExecuted " + s.revision();
        }
        return e.getClass().getSimpleName();
    }

    /** The advisory lock key Retort uses for a version schema (documented in docs/revisions.md). */
    private static long lockKey(String schema) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(("retort:" + schema).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(d).getLong();
    }

    /** A DataSource that is not pgjdbc's (as a pool is not), counting the connections it gives and gets back. */
    static final class CountingDataSource implements DataSource {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        private final String url;

        CountingDataSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection real = DriverManager.getConnection(url);
            opened.incrementAndGet();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && !real.isClosed()) {
                            closed.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
