package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.SchemaSource;
import dev.retort.connection.DatabaseUrl;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.EntityDeclarations;
import dev.retort.declared.SchemaDefinitions;
import dev.retort.declared.SqlFolder;
import dev.retort.devdb.DeclaredScope;
import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.PostgresBinaries;
import dev.retort.project.RetortProject;
import dev.retort.project.SchemaSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options of commands that read a declared schema: what it owns, where its Java definitions are, where to build
 * it. A schema side is a database URL, a folder of .sql files, or a project's retort.toml.
 */
final class DeclaredOptions {
    @Option(names = "--kinds", paramLabel = "KINDS", split = ",",
            description = "the object kinds the declaration owns, e.g. entities or views,functions,triggers "
                    + "(default: all); the target's other objects are never created or dropped")
    List<String> kinds = new ArrayList<>();

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

    /** Settings from a retort.toml side, which fill in what the options leave out. */
    private SchemaSettings fromConfig = SchemaSettings.NONE;
    private String versionSchema = "public";

    /** Parses one side of a diff. */
    SchemaSource source(String side) {
        if (side.contains("://") || side.startsWith("jdbc:")) { // any URL: the URL parser's error hides passwords
            return new SchemaSource.Live(Urls.parse(side));
        }
        Path path = Path.of(side);
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".toml")) {
            RetortProject project = RetortProject.open(path, null);
            fromConfig = project.schemaSettings();
            versionSchema = project.config().versionSchema();
            return new SchemaSource.Declared(project.declaredSchema(), side);
        }
        if (Files.isDirectory(path)) {
            DeclaredSchema files = SqlFolder.read(path);
            return new SchemaSource.Declared(files.plus(definitions()), side);
        }
        throw new RetortException("'" + side + "' is neither a database URL (postgresql://...), a folder of .sql "
                + "files, nor a retort.toml");
    }

    private DeclaredSchema definitions() {
        List<Path> paths = new ArrayList<>();
        for (String entry : classpath) {
            Arrays.stream(entry.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).forEach(paths::add);
        }
        if (paths.isEmpty() && definitions.isEmpty() && entities.isEmpty()) {
            return DeclaredSchema.EMPTY; // ServiceLoader on Retort's own classpath finds nothing a user put there
        }
        return EntityDeclarations.load(paths, entities, Map.of(), Path.of("").toAbsolutePath())
                .plus(SchemaDefinitions.load(paths, definitions));
    }

    DeclaredScope scope(ScopeOptions schemas) {
        List<String> include = schemas.schemas.isEmpty() ? fromConfig.schemas() : schemas.schemas;
        List<String> exclude = schemas.excludedSchemas.isEmpty() ? fromConfig.excludeSchemas()
                : schemas.excludedSchemas;
        List<String> kindNames = kinds.isEmpty() ? fromConfig.kinds() : kinds;
        return new DeclaredScope(include, exclude, DeclaredScope.parseKinds(kindNames), versionSchema);
    }

    /** The server to build declared schemas on: null for the target's own, or a started embedded one. */
    DevServer devServer(DatabaseUrl target) {
        return DevServer.start(DevServer.choose(devUrl, fromConfig.devUrl()), target);
    }

    /** A dev server and, when Retort started it, the embedded server to stop afterwards. */
    record DevServer(DatabaseUrl url, EmbeddedPostgres embedded) implements AutoCloseable {
        /**
         * The server named by {@code url} (a URL, or {@code embedded[:MAJOR]}, which starts one of the target's
         * major), or none (null url) when {@code url} is null: then the target's own server is used.
         */
        /** --dev-url, else RETORT_DEV_URL, else the configuration's [dev] url; null for none. */
        static String choose(String option, String configured) {
            String env = System.getenv("RETORT_DEV_URL");
            return option != null ? option : env != null && !env.isBlank() ? env : configured;
        }

        static DevServer start(String url, DatabaseUrl target) {
            if (url == null) {
                return new DevServer(null, null);
            }
            if (!url.equals("embedded") && !url.startsWith("embedded:")) {
                return new DevServer(Urls.parse(url), null);
            }
            int major;
            if (url.startsWith("embedded:")) {
                try {
                    major = Integer.parseInt(url.substring("embedded:".length()));
                } catch (NumberFormatException e) {
                    throw new RetortException("--dev-url " + url + ": the major version must be a number, e.g. embedded:17");
                }
            } else {
                major = target != null ? Retort.serverMajor(target) : PostgresBinaries.defaultMajor();
            }
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.start(major);
                return new DevServer(Urls.parse(pg.jdbcUrl("postgres")), pg);
            } catch (RuntimeException e) {
                throw new RetortException("cannot start an embedded PostgreSQL " + major + " for --dev-url: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.stop();
            }
        }
    }
}
