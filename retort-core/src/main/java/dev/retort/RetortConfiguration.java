package dev.retort;

import dev.retort.connection.Connector;
import dev.retort.connection.DatabaseUrl;
import dev.retort.connection.LibpqEnvironment;
import dev.retort.project.ConfigFile;
import dev.retort.project.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The fluent settings of a {@link Retort}, from {@link Retort#configure()} to {@link #load()}. Each method sets one
 * setting and returns this configuration. Sources are layered: the defaults, then {@link #configFile retort.toml},
 * then {@link #environment() RETORT_* variables}, then what is set here, which wins. Not thread-safe; the
 * {@link Retort} it loads is immutable.
 *
 * <pre>{@code
 * Retort retort = Retort.configure()
 *         .dataSource(dataSource)
 *         .migrations("classpath:db/migration")
 *         .load();
 * retort.upgrade();
 * }</pre>
 */
public final class RetortConfiguration {
    private final Map<Setting, Object> explicit = new EnumMap<>(Setting.class);
    private final Map<Setting, Object> conventions = new EnumMap<>(Setting.class);
    private final Map<Setting, String[]> texts = new EnumMap<>(Setting.class);
    private final List<RetortListener> listeners = new ArrayList<>();
    private Path baseDirectory;
    private Path configFile;
    private boolean configFileOptional;
    private Map<String, String> environment;
    private Connector database;
    private DataSource devDataSource;
    private ClassLoader classLoader;
    private Supplier<String> fallbackDatabase;
    private String user;
    private String password;

    RetortConfiguration() {
    }

    // ---- connections -------------------------------------------------------------------------------------------

    /**
     * The database, through a data source (pooled or not). Retort closes the connections it takes from it, never
     * the data source.
     *
     * @param dataSource the data source
     * @return this configuration
     */
    public RetortConfiguration dataSource(DataSource dataSource) {
        this.database = Connector.of(Objects.requireNonNull(dataSource, "dataSource"));
        return this;
    }

    /**
     * The database, through a supplier of new connections, each of which Retort closes when done with it.
     *
     * @param connections the supplier
     * @return this configuration
     */
    public RetortConfiguration connections(ConnectionSupplier connections) {
        Objects.requireNonNull(connections, "connections");
        this.database = Connector.of(connections::get, "the configured connection supplier", connections);
        return this;
    }

    /**
     * The database, by URL: {@code postgresql://user:password@host:port/db} or {@code jdbc:postgresql://...}; a
     * missing password comes from {@code PGPASSWORD} or {@code ~/.pgpass}.
     *
     * @param url the URL ({@code [database] url}, {@code RETORT_URL})
     * @return this configuration
     */
    public RetortConfiguration url(String url) {
        return set(Setting.URL, url);
    }

    /**
     * The role to connect as, in place of the URL's: for a build tool or framework that keeps the user apart from
     * the URL (Maven's {@code settings.xml} servers, Spring's properties).
     *
     * @param user the role
     * @return this configuration
     */
    public RetortConfiguration user(String user) {
        this.user = Objects.requireNonNull(user, "user");
        return this;
    }

    /**
     * The password, in place of the URL's (and of {@code PGPASSWORD} and {@code ~/.pgpass}); never printed.
     *
     * @param password the password
     * @return this configuration
     */
    public RetortConfiguration password(String password) {
        this.password = Objects.requireNonNull(password, "password");
        return this;
    }

    /**
     * The database by URL, with the credentials apart (as Flyway's {@code dataSource(url, user, password)}); they
     * win over any in the URL, and the password is never printed.
     *
     * @param url      {@code postgresql://host:port/db} or {@code jdbc:postgresql://...}
     * @param user     the role
     * @param password its password, or null for {@code PGPASSWORD} or {@code ~/.pgpass}
     * @return this configuration
     */
    public RetortConfiguration url(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        StringBuilder withCredentials = new StringBuilder(url).append(url.contains("?") ? "&" : "?")
                .append("user=").append(encode(Objects.requireNonNull(user, "user")));
        if (password != null) {
            withCredentials.append("&password=").append(encode(password));
        }
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(withCredentials.toString());
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage(), e);
        }
        this.database = Connector.of(password != null ? parsed : LibpqEnvironment.system().complete(parsed));
        return this;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Where declared schemas are built and plans verified: a server where Retort may create databases
     * ({@code [dev] url}, {@code RETORT_DEV_URL}). Default: a scratch database on the database's own server.
     *
     * @param url the dev server's URL
     * @return this configuration
     */
    public RetortConfiguration devUrl(String url) {
        return set(Setting.DEV_URL, url);
    }

    /**
     * The dev server through a data source; Retort reads its URL (a pgjdbc data source's own, else a connection's
     * metadata) to create scratch databases there.
     *
     * @param dataSource a data source on the dev server
     * @return this configuration
     */
    public RetortConfiguration devDataSource(DataSource dataSource) {
        this.devDataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    // ---- migrations ------------------------------------------------------------------------------------------

    /**
     * Where revision files are ({@code [migrations] locations}, {@code RETORT_MIGRATIONS}): {@code classpath:}
     * folders (in directories or jars) and {@code filesystem:} directories. Default: {@code migrations}.
     *
     * @param locations the locations
     * @return this configuration
     */
    public RetortConfiguration migrations(String... locations) {
        return set(Setting.MIGRATIONS, List.of(locations));
    }

    /**
     * The schema of {@code retort_version} and {@code retort_history} ({@code [migrations] version_schema},
     * {@code RETORT_VERSION_SCHEMA}); default {@code public}. For one tenant of many, see
     * {@link Retort#withVersionSchema}.
     *
     * @param schema the schema
     * @return this configuration
     */
    public RetortConfiguration versionSchema(String schema) {
        return set(Setting.VERSION_SCHEMA, schema);
    }

    /**
     * How runs are split into transactions ({@code [migrations] transaction_mode}); default one for the whole run.
     *
     * @param mode the mode
     * @return this configuration
     */
    public RetortConfiguration transactionMode(RetortSettings.TransactionMode mode) {
        return set(Setting.TRANSACTION_MODE, Objects.requireNonNull(mode, "mode"));
    }

    /**
     * PostgreSQL's {@code lock_timeout} for migration statements ({@code [database] lock_timeout}); default 10 s.
     *
     * @param timeout the timeout; zero for none
     * @return this configuration
     */
    public RetortConfiguration lockTimeout(Duration timeout) {
        return set(Setting.LOCK_TIMEOUT, timeout);
    }

    /**
     * PostgreSQL's {@code statement_timeout} for migration statements ({@code [database] statement_timeout});
     * default none.
     *
     * @param timeout the timeout; zero for none
     * @return this configuration
     */
    public RetortConfiguration statementTimeout(Duration timeout) {
        return set(Setting.STATEMENT_TIMEOUT, timeout);
    }

    /**
     * How often a statement that timed out waiting for a lock is retried ({@code [database] lock_retries}).
     *
     * @param retries zero or more
     * @return this configuration
     */
    public RetortConfiguration lockRetries(int retries) {
        return set(Setting.LOCK_RETRIES, retries);
    }

    /**
     * How long a run waits for another run's advisory lock ({@code [database] advisory_lock_timeout}); default 60 s.
     *
     * @param timeout the timeout
     * @return this configuration
     */
    public RetortConfiguration advisoryLockTimeout(Duration timeout) {
        return set(Setting.ADVISORY_LOCK_TIMEOUT, timeout);
    }

    // ---- declared schema ----------------------------------------------------------------------------------------

    /**
     * Where the declared schema's {@code .sql} files are ({@code [schema] locations},
     * {@code RETORT_SCHEMA_LOCATIONS}); default {@code schema} when that folder exists.
     *
     * @param locations {@code classpath:} folders and {@code filesystem:} directories, read recursively
     * @return this configuration
     */
    public RetortConfiguration schemaLocations(String... locations) {
        return set(Setting.SCHEMA_LOCATIONS, List.of(locations));
    }

    /**
     * The schemas the declaration owns ({@code [schema] schemas}); default every non-system schema.
     *
     * @param schemas schema names
     * @return this configuration
     */
    public RetortConfiguration schemas(String... schemas) {
        return set(Setting.SCHEMAS, List.of(schemas));
    }

    /**
     * Schemas the declaration does not own ({@code [schema] exclude_schemas}).
     *
     * @param schemas schema names
     * @return this configuration
     */
    public RetortConfiguration excludeSchemas(String... schemas) {
        return set(Setting.EXCLUDE_SCHEMAS, List.of(schemas));
    }

    /**
     * The object kinds the declaration owns ({@code [schema] kinds}): {@code entities}, {@code views},
     * {@code functions}...; default every kind.
     *
     * @param kinds kind names
     * @return this configuration
     */
    public RetortConfiguration kinds(String... kinds) {
        return set(Setting.KINDS, List.of(kinds));
    }

    /**
     * Tables the declaration does not own ({@code [schema] exclude_tables}), as {@code schema.table}.
     *
     * @param tables table names
     * @return this configuration
     */
    public RetortConfiguration excludeTables(String... tables) {
        return set(Setting.EXCLUDE_TABLES, List.of(tables));
    }

    /**
     * Objects the declaration does not own, by name or pattern ({@code [schema] exclude}, {@code RETORT_EXCLUDE}):
     * {@code schema.name} or {@code name}, {@code *} for any characters, {@code ?} for one; e.g.
     * {@code public.legacy_audit}, {@code audit.*}, {@code tmp_*}. An excluded table takes its indexes, constraints,
     * triggers and policies along. Other tools' bookkeeping tables ({@code flyway_schema_history},
     * {@code databasechangelog}, {@code databasechangeloglock}, {@code alembic_version}) are always excluded.
     *
     * @param patterns the patterns
     * @return this configuration
     */
    public RetortConfiguration exclude(String... patterns) {
        return set(Setting.EXCLUDE, List.of(patterns));
    }

    /**
     * Jars and class folders holding {@code SchemaDefinition} classes ({@code [schema] classpath}).
     *
     * @param paths the paths
     * @return this configuration
     */
    public RetortConfiguration definitionClasspath(String... paths) {
        return set(Setting.CLASSPATH, List.of(paths));
    }

    /**
     * {@code SchemaDefinition} classes by name ({@code [schema] definitions}); ServiceLoader finds listed ones too.
     *
     * @param classNames class names
     * @return this configuration
     */
    public RetortConfiguration definitions(String... classNames) {
        return set(Setting.DEFINITIONS, List.of(classNames));
    }

    /**
     * Whether plans change objects that exist with the online recipes ({@code [plan] online}, on by default):
     * indexes built and dropped concurrently, foreign keys and checks validated after they are added, NOT NULL
     * proven by a check first (see docs/diff.md). Off, plans are written as for an idle database.
     *
     * @param online false to turn the recipes off
     * @return this configuration
     */
    public RetortConfiguration online(boolean online) {
        return set(Setting.ONLINE, online);
    }

    /**
     * The hazards autogenerated revisions and diffs may carry ({@code [plan] allow_hazards}): {@code data-loss} and
     * {@code table-rewrite} are refused unless allowed here; the others are always allowed.
     *
     * @param hazards hazard names, e.g. {@code data-loss}
     * @return this configuration
     */
    public RetortConfiguration allowHazards(String... hazards) {
        return set(Setting.ALLOW_HAZARDS, Setting.ALLOW_HAZARDS.read(List.of(hazards), java.nio.file.Path.of(""),
                "allowHazards"));
    }

    /**
     * Whether object owners are compared ({@code [schema] owners}).
     *
     * @param owners true to compare owners
     * @return this configuration
     */
    public RetortConfiguration owners(boolean owners) {
        return set(Setting.OWNERS, owners);
    }

    /**
     * JPA entities to declare tables from ({@code [schema] entities}): packages, classes or {@code persistence.xml}
     * files, loaded with the entity module (retort-hibernate) and the application's Hibernate.
     *
     * @param entities packages, class names or persistence.xml files
     * @return this configuration
     */
    public RetortConfiguration entities(String... entities) {
        return set(Setting.ENTITIES, List.of(entities));
    }

    /**
     * How entity names become table and column names ({@code [schema] entity_naming}): {@code spring} (the
     * default), {@code hibernate}, or naming strategy classes.
     *
     * @param naming the naming
     * @return this configuration
     */
    public RetortConfiguration entityNaming(String naming) {
        return set(Setting.ENTITY_NAMING, naming);
    }

    /**
     * Whether constraint and index names nobody wrote (Hibernate's {@code FK...} hashes) keep the live database's
     * name when the definition is the same ({@code [schema] keep_live_names}, default true); false compares them
     * as they are.
     *
     * @param keep true to keep live names
     * @return this configuration
     */
    public RetortConfiguration keepLiveNames(boolean keep) {
        return set(Setting.KEEP_LIVE_NAMES, keep);
    }

    /**
     * Whether declared snapshots are kept between runs ({@code [dev] cache}, {@code RETORT_CACHE}, default true):
     * a declaration that has not changed since a run on the same server is read from the cache instead of built
     * in a dev database. False builds every time ({@code --no-cache}).
     *
     * @param cache false to build every time
     * @return this configuration
     */
    public RetortConfiguration cache(boolean cache) {
        return set(Setting.CACHE, cache);
    }

    /**
     * Where the snapshot cache is kept ({@code [dev] cache_directory}, {@code RETORT_CACHE_DIRECTORY}), relative to
     * the base directory; default {@code .retort/cache}.
     *
     * @param directory the directory
     * @return this configuration
     */
    public RetortConfiguration cacheDirectory(String directory) {
        return set(Setting.CACHE_DIRECTORY, directory);
    }

    /**
     * The snapshot cache's size bound in MiB ({@code [dev] cache_size}, {@code RETORT_CACHE_SIZE}, default 256);
     * past it, the least recently used entries are deleted.
     *
     * @param mebibytes the bound
     * @return this configuration
     */
    public RetortConfiguration cacheSize(int mebibytes) {
        return set(Setting.CACHE_SIZE, mebibytes);
    }

    /**
     * Rename hints ({@code [renames]} in retort.toml): each key is a declared object's new name, its value the
     * object's old name, so that the planner renames it instead of dropping and creating it:
     * {@code "public.clients" -> "customers"} (a table, view, type, function, sequence, index),
     * {@code "public.orders.client" -> "customer"} (a column, constraint, trigger, policy or enum value),
     * {@code "sales" -> "shop"} (a schema). Replaces the hints set before.
     *
     * @param newToOld new names and the old ones they had, in order
     * @return this configuration
     */
    public RetortConfiguration renames(Map<String, String> newToOld) {
        List<String> items = new ArrayList<>();
        newToOld.forEach((k, v) -> items.add(k + "=" + v));
        return set(Setting.RENAMES, List.copyOf(items));
    }

    // ---- sources ------------------------------------------------------------------------------------------------

    /**
     * One setting as text, by its {@code retort.toml} key, read as its environment variable is (lists
     * comma-separated, durations {@code "10s"}): for a build tool's or framework's own properties, so every front
     * end reads values the same way. Set in code like the other methods; a method setting the same value wins.
     *
     * @param key    the dotted key, e.g. {@code database.lock_timeout}
     * @param value  the value as text
     * @param origin where the value comes from, for errors (e.g. {@code <lockTimeout> in pom.xml})
     * @return this configuration
     * @throws RetortException when the key is not a setting
     */
    public RetortConfiguration setting(String key, String value, String origin) {
        Setting setting = Setting.byKey(key);
        if (setting == null) {
            throw new RetortException(origin + ": " + key + " is not a Retort setting");
        }
        texts.put(setting, new String[] {Objects.requireNonNull(value, key), origin});
        return this;
    }

    /**
     * Reads {@code retort.toml} (its settings come below environment variables and code). Relative paths in it are
     * relative to its directory, which also becomes the base directory unless one is set.
     *
     * @param file the file, which must exist
     * @return this configuration
     */
    public RetortConfiguration configFile(Path file) {
        this.configFile = file;
        this.configFileOptional = false;
        return this;
    }

    /**
     * As {@link #configFile}, for a file that may be missing (then only its directory is used).
     *
     * @param file the file
     * @return this configuration
     */
    public RetortConfiguration configFileIfExists(Path file) {
        this.configFile = file;
        this.configFileOptional = true;
        return this;
    }

    /**
     * Reads the {@code RETORT_*} environment variables of this process (above {@code retort.toml}, below code).
     * (<code>${NAME}</code> in {@code retort.toml} is expanded from the process environment either way.)
     *
     * @return this configuration
     */
    public RetortConfiguration environment() {
        return environment(System.getenv());
    }

    /**
     * As {@link #environment()}, from the given variables, which also serve <code>${NAME}</code> in
     * {@code retort.toml} and libpq's {@code PG*} variables (a hermetic environment for tests and embedders).
     *
     * @param variables names to values
     * @return this configuration
     */
    public RetortConfiguration environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /**
     * Where relative paths set in code or the environment are resolved; default the configuration file's
     * directory, else the working directory.
     *
     * @param directory the directory
     * @return this configuration
     */
    public RetortConfiguration baseDirectory(Path directory) {
        this.baseDirectory = directory;
        return this;
    }

    /**
     * The migrations locations to use when neither {@code retort.toml}, the environment nor code name any: a build
     * tool's or framework's convention (the Maven plugin's {@code src/main/resources/db/migration}) in place of
     * {@code migrations}.
     *
     * @param locations the locations
     * @return this configuration
     */
    public RetortConfiguration defaultMigrations(String... locations) {
        conventions.put(Setting.MIGRATIONS, List.of(locations));
        return this;
    }

    /**
     * The schema locations to use when neither {@code retort.toml}, the environment nor code name any, in place of
     * {@code schema}; see {@link #defaultMigrations}.
     *
     * @param locations the locations
     * @return this configuration
     */
    public RetortConfiguration defaultSchemaLocations(String... locations) {
        conventions.put(Setting.SCHEMA_LOCATIONS, List.of(locations));
        return this;
    }

    /**
     * Where {@code classpath:} locations are read and {@code SchemaDefinition} classes are found (with
     * {@code ServiceLoader} or by name); default the thread's context class loader.
     *
     * @param loader the class loader
     * @return this configuration
     */
    public RetortConfiguration classLoader(ClassLoader loader) {
        this.classLoader = loader;
        return this;
    }

    /**
     * Adds a listener. With none, events are logged through SLF4J ({@link RetortListener#slf4j()}).
     *
     * @param listener the listener
     * @return this configuration
     */
    public RetortConfiguration listener(RetortListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * A database URL to use when nothing else names one (the command line starts an embedded server); asked for
     * only when an operation needs the database.
     *
     * @param url gives the URL
     * @return this configuration
     */
    public RetortConfiguration databaseWhenNoneConfigured(Supplier<String> url) {
        this.fallbackDatabase = url;
        return this;
    }

    /**
     * Checks and freezes the settings.
     *
     * @return the configured Retort
     * @throws RetortException when a setting is invalid, naming its source (file and line, variable, or code)
     */
    public Retort load() {
        // ${NAME} in retort.toml always expands from the environment; RETORT_* override settings only when asked.
        Map<String, String> env = environment != null ? environment : System.getenv();
        Path file = configFile == null ? null : configFile.toAbsolutePath().normalize();
        Path base = baseDirectory != null ? baseDirectory.toAbsolutePath().normalize()
                : file != null ? file.getParent() : Path.of("").toAbsolutePath();
        RetortSettings settings = RetortSettings.defaults(base);
        Map<Setting, Object> convention = new EnumMap<>(Setting.class);
        for (Map.Entry<Setting, Object> e : conventions.entrySet()) {
            convention.put(e.getKey(), e.getKey().read(e.getValue(), base, "the default"));
        }
        settings = Setting.applyAll(settings, convention);
        if (file != null && (!configFileOptional || Files.exists(file))) {
            settings = Setting.applyAll(settings, notEmptyUrl(ConfigFile.read(file, env),
                    "url under [database] in " + file));
        }
        if (environment != null) {
            Map<Setting, Object> fromEnv = Setting.fromEnvironment(environment, base);
            if (environment.containsKey(Setting.URL.environmentVariable())) {
                fromEnv.put(Setting.URL, environment.get(Setting.URL.environmentVariable()));
            }
            settings = Setting.applyAll(settings, notEmptyUrl(fromEnv, Setting.URL.environmentVariable()));
        }
        Map<Setting, Object> code = new EnumMap<>(Setting.class);
        for (Map.Entry<Setting, String[]> e : texts.entrySet()) {
            code.put(e.getKey(), e.getKey().read(e.getValue()[0], base, e.getValue()[1]));
        }
        for (Map.Entry<Setting, Object> e : explicit.entrySet()) {
            code.put(e.getKey(), e.getKey().read(e.getValue(), base, "set in code"));
        }
        settings = Setting.applyAll(settings, notEmptyUrl(code, "--url (url(...) in code)"));
        if (database != null && (explicit.containsKey(Setting.URL) || texts.containsKey(Setting.URL))) {
            throw new RetortException("both a URL and a DataSource (or connection supplier) are set: keep one");
        }
        Connector target = database;
        if (user != null || password != null) {
            target = credentialed(settings.url());
        }
        DatabaseUrl dev = null;
        if (devDataSource != null) {
            dev = Connector.of(devDataSource).serverUrl();
        }
        ClassLoader loader = classLoader != null ? classLoader
                : Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Retort.class.getClassLoader();
        LibpqEnvironment libpq = new LibpqEnvironment(env, Path.of(System.getProperty("user.home")));
        Supplier<Connector> fallback = fallbackDatabase == null ? null
                : () -> Connector.of(libpq.complete(DatabaseUrl.parse(fallbackDatabase.get())));
        return new Retort(settings, target, fallback, dev, loader,
                listeners.isEmpty() ? List.of(RetortListener.slf4j()) : List.copyOf(listeners), env);
    }

    /**
     * Refuses a database URL set but empty: an unset variable in a script must not send the run to another
     * database (libpq's defaults, the embedded one).
     */
    private static Map<Setting, Object> notEmptyUrl(Map<Setting, Object> values, String source) {
        Object url = values.get(Setting.URL);
        if (url instanceof String u && u.isBlank()) {
            String name = source.startsWith("--url") ? "--url" : source;
            throw new RetortException(name + " is set but empty" + (source.startsWith("--url") ? " (url(...) in code)" : "")
                    + ": give a database URL (postgresql://user@host:port/database), or leave it unset");
        }
        return values;
    }

    private Connector credentialed(String url) {
        if (database != null) {
            throw new RetortException("a user or password is set beside a DataSource (or connection supplier): the "
                    + "data source brings its own credentials");
        }
        if (url == null || url.isBlank()) {
            throw new RetortException("a user or password is set but no database URL: set the URL too");
        }
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage());
        }
        if (user != null) {
            parsed = parsed.withUser(user);
        }
        return Connector.of(password != null ? parsed.withPassword(password)
                : LibpqEnvironment.system().complete(parsed));
    }

    private RetortConfiguration set(Setting setting, Object value) {
        explicit.put(setting, Objects.requireNonNull(value, setting.key()));
        return this;
    }
}
