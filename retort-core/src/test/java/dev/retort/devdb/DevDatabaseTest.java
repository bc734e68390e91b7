package dev.retort.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.project.Schemas;
import dev.retort.RetortException;
import dev.retort.declared.SchemaBuilder;
import dev.retort.connection.DatabaseUrl;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestServer;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Scratch databases: created on the target's server, dropped afterwards, leftovers cleaned by age. */
@RetortDatabaseTest
class DevDatabaseTest {
    @Test
    void createsAnEmptyDatabaseAndDropsIt(TestDatabase target) throws Exception {
        Declared.Log log = new Declared.Log();
        String name;
        try (DevDatabase dev = DevDatabase.create(Declared.url(target), target.server().major(), log::add)) {
            name = dev.name();
            assertThat(name).matches("retort_dev_\\d+_[a-z0-9]+");
            assertThat(target.queryColumn("SELECT datname FROM pg_database WHERE datname = '" + name + "'"))
                    .containsExactly(name);
        }
        assertThat(target.queryColumn("SELECT datname FROM pg_database WHERE datname = '" + name + "'")).isEmpty();
        assertThat(log.lines).contains("dropped dev database " + name);
    }

    @Test
    void refusesAServerOfAnotherMajorWithTheReason(TestDatabase target) {
        int major = target.server().major();
        assertThatThrownBy(() -> DevDatabase.create(Declared.url(target), major + 1, line -> { }))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("runs PostgreSQL " + major + " but the target runs PostgreSQL " + (major + 1))
                .hasMessageContaining("render definitions differently");
    }

    @Test
    void refusesARealServerOfAnotherMajorBeforeCreatingAnything(TestDatabase target) {
        // 13 and 18 are started by the rebuild round trip test anyway; one of them differs from the target.
        TestServer other = TestServer.embedded(target.server().major() == 13 ? 18 : 13);
        try (TestDatabase otherAdmin = other.createDatabase()) {
            DatabaseUrl dev = Declared.url(otherAdmin);
            assertThatThrownBy(() -> Schemas.declaredSnapshot(new SchemaBuilder().sql("CREATE TABLE t (id int)").build(),
                    Declared.url(target), dev, DeclaredScope.ALL, line -> { }))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("runs PostgreSQL " + other.major() + " but the target runs PostgreSQL "
                            + target.server().major());
        }
    }

    @Test
    void dropsLeftoversOfKilledRunsByAgeButNotRecentOnes(TestServer server) throws Exception {
        long old = Instant.now().minus(DevDatabase.LEFTOVER_AGE).getEpochSecond() - 60;
        long recent = Instant.now().getEpochSecond() - 5;
        String stale = "retort_dev_" + old + "_" + Long.toString(System.nanoTime(), 36);
        String live = "retort_dev_" + recent + "_" + Long.toString(System.nanoTime(), 36);
        try (TestDatabase admin = server.createDatabase()) {
            admin.execute("CREATE DATABASE " + stale);
            admin.execute("CREATE DATABASE " + live);
            try {
                try (DevDatabase dev = DevDatabase.create(Declared.url(admin), 0, line -> { })) {
                    assertThat(dev.name()).isNotEqualTo(stale);
                }
                assertThat(admin.queryColumn("SELECT datname FROM pg_database WHERE datname IN ('" + stale + "', '"
                        + live + "')")).containsExactly(live);
            } finally {
                admin.execute("DROP DATABASE IF EXISTS " + stale);
                admin.execute("DROP DATABASE IF EXISTS " + live);
            }
        }
    }

    /** The idle databases of the second embedded server, which no other test makes dev databases on. */
    private static final String IDLE_DATABASES = "idle dev databases of the second embedded server";

    @Test
    @ResourceLock(IDLE_DATABASES)
    void aDatabaseNothingWasCommittedToIsKeptIdleAndClaimedByTheNextSession(TestServer shared) throws Exception {
        try (TestDatabase admin = withoutIdleDatabases(TestServer.embedded(shared.major() == 18 ? 13 : 18))) {
            DatabaseUrl url = Declared.url(admin);
            Declared.Log log = new Declared.Log();
            String first;
            try (DevSession session = DevSession.start(url, 0, log::add)) {
                first = session.name();
                session.connection().createStatement().execute("CREATE TABLE t (id int)");
            }
            assertThat(log.lines).anyMatch(l -> l.startsWith("kept dev database " + first + " for reuse as "));
            List<String> idle = idleDatabases(admin);
            assertThat(idle).hasSize(1);

            try (DevSession session = DevSession.start(url, 0, log::add)) {
                assertThat(log.lines).contains("reused dev database " + idle.get(0) + " as " + session.name()
                        + " on " + url.withDatabase(null));
                assertThat(idleDatabases(admin)).isEmpty();
                try (ResultSet rs = session.connection().createStatement().executeQuery(
                        "SELECT count(*) FROM pg_class WHERE relname = 't'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the rolled-back table is not there").isZero();
                }
                session.committed(); // as a large declaration does
                session.connection().commit();
            }
            assertThat(log.lines.get(log.lines.size() - 1)).startsWith("dropped dev database ");
            assertThat(idleDatabases(admin)).as("a database something was committed to is never kept").isEmpty();

            List<DevSession> three = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                three.add(DevSession.start(url, 0, log::add));
            }
            three.forEach(DevSession::close);
            assertThat(idleDatabases(admin)).as("at most " + DevDatabase.IDLE_KEPT + " kept")
                    .hasSize(DevDatabase.IDLE_KEPT);
            dropIdleDatabases(admin);
        }
    }

    @Test
    @ResourceLock(IDLE_DATABASES)
    void concurrentSessionsNeverShareAnIdleDatabase(TestServer shared) throws Exception {
        try (TestDatabase admin = withoutIdleDatabases(TestServer.embedded(shared.major() == 18 ? 13 : 18))) {
            DatabaseUrl url = Declared.url(admin);
            DevSession.start(url, 0, line -> { }).close(); // leaves one idle database
            assertThat(idleDatabases(admin)).hasSize(1);
            Declared.Log log = new Declared.Log();
            int n = 4;
            CyclicBarrier start = new CyclicBarrier(n);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<DevSession>> sessions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sessions.add(pool.submit(() -> {
                    start.await();
                    return DevSession.start(url, 0, log::add);
                }));
            }
            List<String> names = new ArrayList<>();
            for (Future<DevSession> f : sessions) {
                try (DevSession session = f.get()) {
                    names.add(session.name());
                }
            }
            pool.shutdown();
            assertThat(names).doesNotHaveDuplicates().hasSize(n);
            assertThat(log.lines).filteredOn(l -> l.startsWith("reused dev database ")).hasSize(1);
            assertThat(log.lines).filteredOn(l -> l.startsWith("created dev database ")).hasSize(n - 1);
            dropIdleDatabases(admin);
        }
    }

    /** A database on {@code server}, which has no idle dev databases left. */
    private static TestDatabase withoutIdleDatabases(TestServer server) throws Exception {
        TestDatabase admin = server.createDatabase();
        dropIdleDatabases(admin);
        return admin;
    }

    private static void dropIdleDatabases(TestDatabase admin) throws Exception {
        for (String idle : idleDatabases(admin)) {
            admin.execute("DROP DATABASE " + idle);
        }
    }

    private static List<String> idleDatabases(TestDatabase admin) throws Exception {
        return admin.queryColumn("SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_idle\\_%'");
    }

    @Test
    void unreachableServerIsAClearError() {
        assertThatThrownBy(() -> DevDatabase.create(DatabaseUrl.parse("postgresql://nobody:pw@127.0.0.1:1/x"), 0,
                line -> { })).isInstanceOf(RetortException.class)
                .hasMessageStartingWith("cannot create a dev database on postgresql://nobody:***@127.0.0.1:1/x")
                .hasMessageNotContaining(":pw@");
    }
}
