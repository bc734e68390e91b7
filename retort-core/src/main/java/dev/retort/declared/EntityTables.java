package dev.retort.declared;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Tables declared by an ORM's entity classes (JPA {@code @Entity} classes through Hibernate, in the optional
 * {@code retort-hibernate} module). Implementations are found with {@link java.util.ServiceLoader} on the user's
 * classpath, next to the ORM they use, so Retort itself depends on no ORM.
 */
public interface EntityTables {
    /**
     * What to read and how.
     *
     * @param entities  package names to scan, entity class names, or {@code persistence.xml} paths (optionally
     *                  {@code path#unit}), as the user wrote them
     * @param settings  the ORM's settings from the configuration (e.g. {@code naming}), by key
     * @param loader    the class loader holding the entity classes and the ORM
     * @param directory the project's directory, for relative paths
     */
    record Request(List<String> entities, Map<String, String> settings, ClassLoader loader, Path directory) {
        public Request {
            entities = List.copyOf(entities);
            settings = Map.copyOf(settings);
        }
    }

    /** A short description for messages, e.g. {@code Hibernate 6.6.33.Final}. */
    String name();

    /**
     * The entities' tables as a declaration (typically {@link DeclaredSchema#perServer}, since the DDL depends on
     * the server's version), with the names the mapping wrote in {@link DeclaredSchema#writtenNames()}.
     *
     * @throws DeclarationException naming the entity class and field when the mapping is refused
     */
    DeclaredSchema declare(Request request);
}
