package dev.retort.cli;

import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.SchemaSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options of commands that read a declared schema: what it owns, where its Java definitions are, where to build
 * it. A schema side is a database URL, a folder of .sql files, or a project's retort.toml.
 */
final class DeclaredOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--kinds", paramLabel = "KINDS", split = ",",
            description = "the object kinds the declaration owns, e.g. entities or views,functions,triggers "
                    + "(default: all); the target's other objects are never created or dropped")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN", split = ",",
            description = "leave objects out by name or pattern: schema.name or name, * and ? (repeatable)")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "jars and class folders holding SchemaDefinition classes (separated by the platform's "
                    + "path separator; repeatable)")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--definition", paramLabel = "CLASS",
            description = "a SchemaDefinition class to use (repeatable); ServiceLoader finds listed ones too")
    List<String> definitions = new ArrayList<>();

    @Option(names = "--entities", paramLabel = "PACKAGE", split = ",",
            description = "JPA entities to declare tables from: packages, classes or persistence.xml files, loaded "
                    + "from --classpath with retort-hibernate and Hibernate (repeatable)")
    List<String> entities = new ArrayList<>();

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "where to build declared schemas: a server URL, or embedded[:MAJOR] "
                    + "(default: a scratch database on the compared database's server)")
    String devUrl;

    @Option(names = "--no-cache", description = "build declared schemas even when the snapshot cache has them "
            + "(kept in .retort/cache beside a retort.toml, else in the user's cache directory)")
    boolean noCache;

    /** Whether a side names a project's configuration file. */
    static boolean isConfigFile(String side) {
        Path path = Path.of(side);
        return !isUrl(side) && Files.isRegularFile(path) && path.getFileName().toString().endsWith(".toml");
    }

    private static boolean isUrl(String side) {
        return side.contains("://") || side.startsWith("jdbc:"); // any URL: the URL parser's error hides passwords
    }

    /** Parses one side of a diff; a retort.toml side is the configured declared schema. */
    static SchemaSource source(String side) {
        if (isUrl(side)) {
            return SchemaSource.url(side);
        }
        if (isConfigFile(side)) {
            return SchemaSource.declared();
        }
        if (Files.isDirectory(Path.of(side))) {
            return SchemaSource.folder(Path.of(side));
        }
        throw new RetortException("'" + side + "' is neither a database URL (postgresql://...), a folder of .sql "
                + "files, nor a retort.toml");
    }

    /** Applies the options that are set (they win over a retort.toml side's settings). */
    void apply(RetortConfiguration c, ScopeOptions scope) {
        if (noCache) {
            c.cache(false);
        }
        List<String> paths = new ArrayList<>();
        for (String entry : classpath) {
            Arrays.stream(entry.split(File.pathSeparator)).filter(s -> !s.isBlank()).forEach(paths::add);
        }
        if (!paths.isEmpty()) {
            c.definitionClasspath(paths.toArray(String[]::new));
        }
        if (!definitions.isEmpty()) {
            c.definitions(definitions.toArray(String[]::new));
        }
        if (!entities.isEmpty()) {
            c.entities(entities.toArray(String[]::new));
        }
        if (!kinds.isEmpty()) {
            c.kinds(kinds.toArray(String[]::new));
        }
        if (!exclude.isEmpty()) {
            c.exclude(exclude.toArray(String[]::new));
        }
        if (!scope.schemas.isEmpty()) {
            c.schemas(scope.schemas.toArray(String[]::new));
        }
        if (!scope.excludedSchemas.isEmpty()) {
            c.excludeSchemas(scope.excludedSchemas.toArray(String[]::new));
        }
        if (scope.owners != null) {
            c.owners(scope.owners);
        }
    }
}
