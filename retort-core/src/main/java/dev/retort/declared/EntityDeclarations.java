package dev.retort.declared;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link EntityTables} implementation on a classpath (the user's, holding their entity classes, their
 * ORM and Retort's module for it) and asks it for the entities' tables.
 */
public final class EntityDeclarations {
    private EntityDeclarations() {
    }

    /**
     * @param classpath jars and class folders holding the entities, the ORM and its Retort module
     * @param entities  packages, classes or persistence.xml files, as configured
     * @param settings  the ORM's settings, by key
     * @param directory the project's directory
     */
    public static DeclaredSchema load(List<Path> classpath, List<String> entities, Map<String, String> settings,
                                      Path directory) {
        return load(EntityDeclarations.class.getClassLoader(), classpath, entities, settings, directory);
    }

    /**
     * As {@link #load(List, List, Map, Path)}, also finding classes through {@code parent} (a build's or an
     * application's class loader), which must see Retort's own classes.
     *
     * @param parent    the class loader the classpath is added to
     * @param classpath jars and class folders holding the entities, the ORM and its Retort module (may be empty)
     * @param entities  packages, classes or persistence.xml files, as configured
     * @param settings  the ORM's settings, by key
     * @param directory the project's directory
     */
    public static DeclaredSchema load(ClassLoader parent, List<Path> classpath, List<String> entities,
                                      Map<String, String> settings, Path directory) {
        if (entities.isEmpty()) {
            return DeclaredSchema.EMPTY;
        }
        // Not closed: the tables are rendered once the target's version is known, with classes from this loader;
        // it goes when the declaration does.
        URLClassLoader loader = new URLClassLoader(Classpaths.urls(classpath), parent);
        List<EntityTables> found = new ArrayList<>();
        try {
            ServiceLoader.load(EntityTables.class, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            throw new DeclarationException("cannot load the entity module listed in META-INF/services: "
                    + e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : ""), e);
        }
        if (found.isEmpty()) {
            throw new DeclarationException("entities " + entities + " are configured but no entity module is on the "
                    + "classpath " + classpath + ": add retort-hibernate and Hibernate (the version the application "
                    + "uses) beside the entity classes");
        }
        if (found.size() > 1) {
            throw new DeclarationException("more than one entity module on the classpath: "
                    + found.stream().map(EntityTables::name).toList());
        }
        return found.get(0).declare(new EntityTables.Request(entities, settings, loader, directory));
    }
}
