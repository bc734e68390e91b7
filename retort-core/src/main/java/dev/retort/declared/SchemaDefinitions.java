package dev.retort.declared;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds {@link SchemaDefinition} classes: by name, and every one registered for {@link ServiceLoader}, on a
 * classpath of jars and class folders (plus Retort's own class loader), and runs them into one declared schema.
 * Definitions run in class-name order so the result does not depend on classpath order.
 */
public final class SchemaDefinitions {
    private SchemaDefinitions() {
    }

    /**
     * @param classpath  jars and class folders to load from (may be empty)
     * @param classNames classes to use by name, besides those ServiceLoader finds
     */
    public static DeclaredSchema load(List<Path> classpath, List<String> classNames) {
        return load(SchemaDefinitions.class.getClassLoader(), classpath, classNames);
    }

    /**
     * As {@link #load(List, List)}, also finding classes through {@code parent} (a build's or an application's
     * class loader), which must see Retort's own classes.
     *
     * @param parent     the class loader the classpath is added to
     * @param classpath  jars and class folders to load from (may be empty)
     * @param classNames classes to use by name, besides those ServiceLoader finds
     */
    public static DeclaredSchema load(ClassLoader parent, List<Path> classpath, List<String> classNames) {
        // Closed only after every definition ran: definitions may load more classes while defining.
        try (URLClassLoader loader = new URLClassLoader(Classpaths.urls(classpath), parent)) {
            Map<String, SchemaDefinition> found = new LinkedHashMap<>();
            for (String name : classNames) {
                found.put(name, instantiate(loader, name));
            }
            try {
                for (SchemaDefinition d : ServiceLoader.load(SchemaDefinition.class, loader)) {
                    found.putIfAbsent(d.getClass().getName(), d);
                }
            } catch (ServiceConfigurationError e) {
                throw new DeclarationException("cannot load a SchemaDefinition listed in META-INF/services: "
                        + e.getMessage(), e);
            }
            SchemaBuilder builder = new SchemaBuilder();
            found.values().stream().sorted(Comparator.comparing(d -> d.getClass().getName()))
                    .forEach(d -> define(builder, d));
            return builder.build();
        } catch (IOException e) {
            throw new DeclarationException("cannot close the class loader: " + e.getMessage(), e);
        }
    }

    private static void define(SchemaBuilder builder, SchemaDefinition definition) {
        try {
            builder.include(definition);
        } catch (DeclarationException e) {
            throw new DeclarationException(definition.getClass().getName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DeclarationException(definition.getClass().getName() + " failed while defining the schema: " + e,
                    e);
        }
    }

    private static SchemaDefinition instantiate(ClassLoader loader, String name) {
        Class<?> type;
        try {
            type = Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new DeclarationException("schema definition class " + name + " not found on the classpath"
                    + (e instanceof ClassNotFoundException ? "" : ": " + e), e);
        }
        if (!SchemaDefinition.class.isAssignableFrom(type)) {
            throw new DeclarationException(name + " does not implement " + SchemaDefinition.class.getName());
        }
        try {
            return (SchemaDefinition) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new DeclarationException("cannot create " + name + " (it needs a public no-argument constructor): "
                    + e, e);
        }
    }
}
