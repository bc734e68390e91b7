package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RetortDatabaseTest
class PostgresExtensionTest {
    private static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);
    private static final ConcurrentHashMap<String, String> SEEN = new ConcurrentHashMap<>();
    private static TestDatabase classDatabase;

    @BeforeAll
    static void createSharedTable(TestDatabase db) throws Exception {
        classDatabase = db;
        db.execute("create table shared_by_class (id int)");
    }

    @Test
    void firstOfTwoParallelTests(TestDatabase db) throws Exception {
        runsAlongsideTheOther("first", db);
    }

    @Test
    void secondOfTwoParallelTests(TestDatabase db) throws Exception {
        runsAlongsideTheOther("second", db);
    }

    private static void runsAlongsideTheOther(String who, TestDatabase db) throws Exception {
        db.execute("create table only_in_" + who + " (id int)");
        // Both tests must be inside their databases at the same time, or the barrier times out.
        BOTH_RUNNING.await(60, TimeUnit.SECONDS);
        SEEN.put(who, db.name());
        assertThat(db.queryColumn("select relname from pg_class where relname like 'only_in_%'"))
                .containsExactly("only_in_" + who);
        assertThat(db.name()).isNotEqualTo(classDatabase.name());
    }

    @Test
    void aBeforeAllParameterSharesOneDatabaseWithTheClass() throws Exception {
        assertThat(classDatabase.queryColumn("select relname from pg_class where relname = 'shared_by_class'"))
                .containsExactly("shared_by_class");
    }

    @Test
    void aDatabaseIsGoneOnceClosed(TestServer server) throws Exception {
        String name;
        try (TestDatabase db = server.createDatabase()) {
            name = db.name();
            assertThat(db.queryColumn("select current_database()")).containsExactly(name);
        }
        try (TestDatabase probe = server.createDatabase()) {
            assertThat(probe.queryColumn("select datname from pg_database where datname = '" + name + "'")).isEmpty();
        }
    }

    @AfterAll
    static void bothParallelTestsUsedDistinctDatabases() {
        assertThat(SEEN).hasSize(2);
        assertThat(List.copyOf(SEEN.values())).doesNotHaveDuplicates();
    }
}
