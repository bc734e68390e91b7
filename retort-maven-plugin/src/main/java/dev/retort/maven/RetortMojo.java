package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedServers;
import dev.retort.embedded.PostgresBinaries;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: the settings (retort.toml, then RETORT_* variables, then {@code <configuration>}, then
 * {@code -Dretort.*}), credentials from {@code settings.xml}, the project's class path, and the embedded servers a
 * goal starts (the default database, an {@code embedded} dev server), stopped when the goal ends.
 */
abstract class RetortMojo extends AbstractMojo {
    /** The {@code settings.xml} server used when {@code serverId} names none and it exists (as Flyway's flyway-db). */
    static final String DEFAULT_SERVER_ID = "retort-db";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Component
    SettingsDecrypter decrypter;

    /** Skips the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    /** The project's retort.toml, read when it exists; its settings come below environment variables and the POM. */
    @Parameter(property = "retort.configFile", defaultValue = "${project.basedir}/retort.toml")
    File configFile;

    /**
     * The database: {@code postgresql://user@host:port/db} or {@code jdbc:postgresql://...}. With none here, in
     * retort.toml, RETORT_URL or libpq's PG* variables, an embedded PostgreSQL keeps its data under the project's
     * {@code .retort/}. Keep passwords out of the POM: use {@code serverId}, PGPASSWORD or ~/.pgpass.
     */
    @Parameter(property = "retort.url")
    String url;

    /** The role to connect as, in place of the URL's (and of the settings.xml server's). */
    @Parameter(property = "retort.user")
    String user;

    /**
     * The {@code <server>} of settings.xml whose username and (possibly encrypted) password are used; default
     * {@code retort-db} when settings.xml has it. The password is never printed.
     */
    @Parameter(property = "retort.serverId")
    String serverId;

    /**
     * Where declared schemas are built and plans verified: a server URL, or {@code embedded} / {@code embedded:MAJOR}
     * for a temporary embedded server. Default: a scratch database on the database's own server.
     */
    @Parameter(property = "retort.devUrl")
    String devUrl;

    /** Where revision files are: directories or {@code classpath:} folders. Default {@code src/main/resources/db/migration}. */
    @Parameter(property = "retort.migrations")
    List<String> migrations;

    /** Where the declared schema's .sql files are. Default {@code src/main/resources/db/schema}. */
    @Parameter(property = "retort.schemaLocations")
    List<String> schemaLocations;

    /** SchemaDefinition classes by name (ServiceLoader finds registered ones on the project's class path too). */
    @Parameter(property = "retort.definitions")
    List<String> definitions;

    /**
     * JPA entities to declare tables from: packages, classes or {@code persistence.xml} files, loaded from the
     * project's class path (which must hold retort-hibernate and the application's Hibernate).
     */
    @Parameter(property = "retort.entities")
    List<String> entities;

    /** How entity names become table and column names: {@code spring} (the default), {@code hibernate}, or classes. */
    @Parameter(property = "retort.entityNaming")
    String entityNaming;

    /** The schemas the declaration owns; default every non-system schema. */
    @Parameter(property = "retort.schemas")
    List<String> schemas;

    /** Schemas the declaration does not own. */
    @Parameter(property = "retort.excludeSchemas")
    List<String> excludeSchemas;

    /** The object kinds the declaration owns ({@code entities}, {@code views}, {@code functions}...). */
    @Parameter(property = "retort.kinds")
    List<String> kinds;

    /** Tables the declaration does not own, as {@code schema.table}. */
    @Parameter(property = "retort.excludeTables")
    List<String> excludeTables;

    /**
     * Objects the declaration does not own, by name or pattern ({@code public.flyway_schema_history},
     * {@code audit.*}); other tools' bookkeeping tables are excluded always.
     */
    @Parameter(property = "retort.exclude")
    List<String> exclude;

    /** Whether object owners are compared. */
    @Parameter(property = "retort.owners")
    String owners;

    /** The schema of retort_version and retort_history; default {@code public}. */
    @Parameter(property = "retort.versionSchema")
    String versionSchema;

    /** {@code all} (one transaction for the run, the default) or {@code per-revision}. */
    @Parameter(property = "retort.transactionMode")
    String transactionMode;

    /** PostgreSQL's lock_timeout for migration statements, e.g. {@code 10s} (the default); {@code 0} for none. */
    @Parameter(property = "retort.lockTimeout")
    String lockTimeout;

    /** PostgreSQL's statement_timeout for migration statements; default none. */
    @Parameter(property = "retort.statementTimeout")
    String statementTimeout;

    /** How often a statement that timed out waiting for a lock is retried; default 0. */
    @Parameter(property = "retort.lockRetries")
    String lockRetries;

    /** How long a run waits for another run's advisory lock, e.g. {@code 60s} (the default). */
    @Parameter(property = "retort.advisoryLockTimeout")
    String advisoryLockTimeout;

    private final List<EmbeddedPostgres> started = new ArrayList<>();
    /** The Retorts this goal loaded: closed by a shutdown hook if the build is stopped mid-goal. */
    private final List<Retort> loaded = new CopyOnWriteArrayList<>();
    private String defaultDatabase;

    /** The goal's work on a configured Retort. */
    abstract void run(Goal goal) throws MojoExecutionException, MojoFailureException;

    /** Whether the goal reads the declared schema, which may live in the project's compiled classes. */
    boolean readsDeclarations() {
        return false;
    }

    /** Whether dev-database detail is logged at INFO (the long goals) rather than DEBUG. */
    boolean detailsAtInfo() {
        return false;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("retort: skipped");
            return;
        }
        if (readsDeclarations()) {
            warnWhenNotCompiled();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Retort registers no hook of its own: on Ctrl-C, this drops the scratch databases a goal still holds.
        Thread cleanup = new Thread(() -> loaded.forEach(Retort::close), "retort-maven-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (URLClassLoader loader = projectClassLoader()) {
            thread.setContextClassLoader(loader);
            run(new Goal(loader));
        } catch (RetortException | IllegalArgumentException e) {
            throw new MojoExecutionException("retort: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("retort: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to.
            }
            loaded.clear();
            stopServers();
        }
    }

    /** One run of a goal: builds Retorts from the layered settings, starting embedded servers as they are needed. */
    final class Goal {
        private final ClassLoader loader;

        Goal(ClassLoader loader) {
            this.loader = loader;
        }

        /** A Retort on the configured database (dev servers as configured, {@code embedded} started for it). */
        Retort retort() throws MojoExecutionException {
            return retort(false);
        }

        /**
         * As {@link #retort()}; with {@code replay}, an {@code embedded} dev server runs the default major (there is
         * no database to match).
         */
        Retort retort(boolean replay) throws MojoExecutionException {
            RetortConfiguration configuration = configuration(loader);
            Retort retort = configuration.load();
            String dev = retort.settings().devUrl();
            if (!EmbeddedServers.isEmbedded(dev)) {
                loaded.add(retort);
                return retort;
            }
            IntSupplier major = replay ? PostgresBinaries::defaultMajor : retort::serverMajorVersion;
            EmbeddedPostgres server = start(() -> EmbeddedServers.startDev(dev, major), "dev server " + dev);
            Retort onDevServer = configuration.devUrl(server.jdbcUrl("postgres")).load();
            loaded.add(onDevServer);
            return onDevServer;
        }
    }

    private RetortConfiguration configuration(ClassLoader loader) throws MojoExecutionException {
        File basedir = project.getBasedir();
        RetortConfiguration c = Retort.configure()
                .baseDirectory(basedir.toPath())
                .configFileIfExists(configFile.toPath())
                .environment()
                .classLoader(loader)
                .defaultMigrations("src/main/resources/db/migration")
                .defaultSchemaLocations("src/main/resources/db/schema")
                .listener(new MavenLogListener(getLog(), detailsAtInfo()))
                .databaseWhenNoneConfigured(() -> defaultDatabase(basedir));
        text(c, "url", url, "database.url");
        text(c, "devUrl", devUrl, "dev.url");
        text(c, "migrations", join(migrations), "migrations.locations");
        text(c, "schemaLocations", join(schemaLocations), "schema.locations");
        text(c, "definitions", join(definitions), "schema.definitions");
        text(c, "entities", join(entities), "schema.entities");
        text(c, "entityNaming", entityNaming, "schema.entity_naming");
        text(c, "schemas", join(schemas), "schema.schemas");
        text(c, "excludeSchemas", join(excludeSchemas), "schema.exclude_schemas");
        text(c, "kinds", join(kinds), "schema.kinds");
        text(c, "excludeTables", join(excludeTables), "schema.exclude_tables");
        text(c, "exclude", join(exclude), "schema.exclude");
        text(c, "owners", owners, "schema.owners");
        text(c, "versionSchema", versionSchema, "migrations.version_schema");
        text(c, "transactionMode", transactionMode, "migrations.transaction_mode");
        text(c, "lockTimeout", lockTimeout, "database.lock_timeout");
        text(c, "statementTimeout", statementTimeout, "database.statement_timeout");
        text(c, "lockRetries", lockRetries, "database.lock_retries");
        text(c, "advisoryLockTimeout", advisoryLockTimeout, "database.advisory_lock_timeout");
        credentials(c);
        return c;
    }

    /** A {@code -Dretort.NAME} user property, else the POM's value; set only when one is given. */
    private void text(RetortConfiguration c, String parameter, String configured, String key) {
        String property = userProperty(parameter);
        String value = property != null ? property : configured;
        if (value != null && !value.isBlank()) {
            c.setting(key, value, property != null ? "-Dretort." + parameter : "<" + parameter + "> of the plugin");
        }
    }

    /**
     * A user property overrides the POM's {@code <configuration>} (Maven itself only uses it when the POM is
     * silent), so {@code -Dretort.url=...} on the command line always wins, as Flyway users expect.
     */
    String userProperty(String parameter) {
        String v = session.getUserProperties().getProperty("retort." + parameter);
        return v == null || v.isBlank() ? null : v;
    }

    /** The POM's value unless a user property overrides it. */
    String value(String parameter, String configured) {
        String property = userProperty(parameter);
        return property != null ? property : configured;
    }

    /**
     * The user and password of the settings.xml server {@code serverId} names; with no serverId, those of
     * {@code retort-db} when settings.xml has it and a database URL is configured (the embedded default needs none).
     */
    private void credentials(RetortConfiguration c) throws MojoExecutionException {
        String id = value("serverId", serverId);
        String role = value("user", user);
        if (id == null && settings.getServer(DEFAULT_SERVER_ID) != null && c.load().settings().url() != null) {
            id = DEFAULT_SERVER_ID;
        }
        String password = null;
        if (id != null) {
            Server server = settings.getServer(id);
            if (server == null) {
                throw new MojoExecutionException("retort: serverId " + id + ": settings.xml has no <server> with that id");
            }
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            if (!result.getProblems().isEmpty()) {
                throw new MojoExecutionException("retort: cannot decrypt the password of settings.xml server "
                        + server.getId() + ": " + result.getProblems().get(0).getMessage());
            }
            Server decrypted = result.getServer();
            if (role == null) {
                role = decrypted.getUsername();
            }
            password = decrypted.getPassword();
        }
        if (role != null) {
            c.user(role);
        }
        if (password != null) {
            c.password(password);
        }
    }

    /** SchemaDefinition classes and entities are only seen once compiled: say so instead of reporting drift. */
    private void warnWhenNotCompiled() {
        File classes = new File(project.getBuild().getOutputDirectory());
        boolean hasSources = project.getCompileSourceRoots().stream().anyMatch(root -> new File(root).isDirectory());
        if (hasSources && !classes.isDirectory()) {
            getLog().warn("retort: " + classes + " does not exist, so SchemaDefinition classes and entities are not "
                    + "seen: run the goal after compile (mvn compile retort:" + goalName() + ")");
        }
    }

    private String goalName() {
        return mojoExecution == null ? "..." : mojoExecution.getGoal();
    }

    /** The project's compiled classes and its compile and runtime dependencies, over the plugin's own classes. */
    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("retort: the project's dependencies are not resolved: " + e.getMessage(), e);
        }
        List<URL> urls = new ArrayList<>();
        for (String element : elements) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("retort: class path entry " + element + ": " + e.getMessage(), e);
            }
        }
        getLog().debug("retort: project class path " + elements);
        return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
    }

    /** The project's default database, started once per goal when first needed. */
    private synchronized String defaultDatabase(File basedir) {
        if (defaultDatabase == null) {
            getLog().info("retort: no database configured; using an embedded PostgreSQL "
                    + PostgresBinaries.defaultMajor() + " with its data in "
                    + EmbeddedServers.projectDataDirectory(basedir.toPath()));
            try {
                defaultDatabase = startUnchecked(() -> EmbeddedServers.startProjectDefault(basedir.toPath()))
                        .jdbcUrl("postgres");
            } catch (RuntimeException e) {
                throw new RetortException("no database configured, and the embedded PostgreSQL under "
                        + EmbeddedServers.projectDataDirectory(basedir.toPath()) + " cannot start: " + e.getMessage()
                        + " (configure <url>, -Dretort.url or RETORT_URL)", e);
            }
        }
        return defaultDatabase;
    }

    private interface Starter {
        EmbeddedPostgres start();
    }

    private EmbeddedPostgres start(Starter starter, String what) throws MojoExecutionException {
        try {
            return startUnchecked(starter);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("retort: cannot start an embedded PostgreSQL for the " + what + ": "
                    + e.getMessage(), e);
        }
    }

    private synchronized EmbeddedPostgres startUnchecked(Starter starter) {
        EmbeddedPostgres server = starter.start();
        started.add(server);
        return server;
    }

    private synchronized void stopServers() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).stop();
            } catch (RuntimeException e) {
                getLog().warn("retort: cannot stop the embedded PostgreSQL: " + e.getMessage());
            }
        }
        started.clear();
        defaultDatabase = null;
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
