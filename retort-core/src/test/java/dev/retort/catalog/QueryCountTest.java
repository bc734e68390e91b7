package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The inspector's cost in statements sent to the server does not grow with the number of objects. */
@RetortDatabaseTest
class QueryCountTest {

    @Test
    void aSnapshotTakesTheSameStatementsForTenObjectsAsForAThousand(TestDatabase db) throws Exception {
        db.execute(objects(0, 2));
        Counted small = inspectCounting(db);
        db.execute(objects(2, 200));
        Counted large = inspectCounting(db);

        assertThat(large.objects).isGreaterThan(small.objects * 50);
        assertThat(large.statements).isEqualTo(small.statements).isLessThanOrEqualTo(2);
    }

    /** A table with a constraint, index, default and trigger, a view, a function and a policy per i. */
    private static String objects(int from, int to) {
        StringBuilder sb = new StringBuilder();
        if (from == 0) {
            sb.append("CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n");
        }
        for (int i = from; i < to; i++) {
            sb.append("CREATE TABLE t").append(i).append(" (id serial PRIMARY KEY, v int DEFAULT ").append(i)
                    .append(" CHECK (v >= 0));\n")
                    .append("CREATE INDEX t").append(i).append("_v ON t").append(i).append(" (v);\n")
                    .append("CREATE TRIGGER t").append(i).append("_trg BEFORE INSERT ON t").append(i)
                    .append(" FOR EACH ROW EXECUTE FUNCTION trg();\n")
                    .append("CREATE VIEW v").append(i).append(" AS SELECT id, v FROM t").append(i).append(";\n")
                    .append("CREATE FUNCTION f").append(i).append("(x int) RETURNS int LANGUAGE sql AS 'SELECT x';\n")
                    .append("CREATE POLICY p").append(i).append(" ON t").append(i).append(" USING (v > 0);\n");
        }
        return sb.toString();
    }

    private record Counted(int statements, int objects) {
    }

    private static Counted inspectCounting(TestDatabase db) throws Exception {
        AtomicInteger executions = new AtomicInteger();
        try (Connection real = db.connect()) {
            Connection counting = countingProxy(real, executions);
            CatalogSnapshot snapshot = new CatalogInspector().inspect(counting);
            return new Counted(executions.get(), snapshot.objects().size());
        }
    }

    /** Counts every execute* call on statements made by the connection; the server is real. */
    private static Connection countingProxy(Connection real, AtomicInteger executions) {
        InvocationHandler connectionHandler = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (result instanceof Statement statement) {
                Class<?> type = result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(QueryCountTest.class.getClassLoader(), new Class<?>[] {type},
                        (p, m, a) -> {
                            if (m.getName().startsWith("execute")) {
                                executions.incrementAndGet();
                            }
                            return invoke(statement, m, a);
                        });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(QueryCountTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, connectionHandler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
