package dev.retort.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a {@link TestDatabase}: a parameter of a {@code @Test}, {@code @BeforeEach} or {@code @AfterEach}
 * method gets a database for that test alone; a parameter of a {@code @BeforeAll} method (or the constructor
 * under {@code PER_CLASS}) gets one shared by the class. Each is created empty and dropped when its scope ends,
 * so tests may run in parallel.
 */
public final class PostgresExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class
                || parameter.getParameter().getType() == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == TestServer.class) {
            return TestServer.shared();
        }
        // Keyed by the scope's id: a store also answers for its parents' keys, and a test must not get the class's.
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(context.getUniqueId(), key -> new Scoped(TestServer.shared().createDatabase()), Scoped.class)
                .database();
    }

    /** Drops the database when JUnit closes the store of the scope it was made for. */
    private record Scoped(TestDatabase database) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }
}
