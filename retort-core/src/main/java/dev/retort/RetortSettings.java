package dev.retort;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of a {@link Retort}, immutable: what {@code retort.toml}, {@code RETORT_*} environment variables and
 * {@link RetortConfiguration}'s methods fill in (in that order of precedence, code last). The table of keys and
 * variables is in {@code docs/library.md}.
 *
 * @param baseDirectory       where relative filesystem paths are resolved (the directory of {@code retort.toml})
 * @param url                 the database ({@code [database] url}, {@code RETORT_URL}); null when a data source
 *                            or nothing names it
 * @param migrations          where revision files are read ({@code [migrations] locations}); new revisions are
 *                            written to the first filesystem one
 * @param versionSchema       the schema of {@code retort_version} and {@code retort_history}
 * @param transactionMode     how runs are split into transactions
 * @param schemaLocations     where the declared schema's {@code .sql} files are ({@code [schema] locations})
 * @param schemas             the schemas the declaration owns; empty for every non-system schema
 * @param excludeSchemas      schemas it does not own
 * @param kinds               the object kinds it owns ({@code entities}, {@code views}...); empty for every kind
 * @param excludeTables       tables it does not own ({@code schema.table} or {@code table}), with what hangs on them
 * @param exclude             objects it does not own, by name or pattern ({@code public.flyway_schema_history},
 *                            {@code audit.*}, {@code tmp_*}); a table takes what hangs on it along
 * @param definitionClasspath jars and class folders holding {@code SchemaDefinition} classes
 * @param definitions         {@code SchemaDefinition} classes by name
 * @param owners              whether object owners are compared ({@code [schema] owners}); null for the planner's
 *                            default
 * @param devUrl              where declared schemas are built and plans verified ({@code [dev] url}); null for a
 *                            scratch database on the database's own server
 * @param lockTimeout         PostgreSQL {@code lock_timeout} for migration statements ({@code [database]
 *                            lock_timeout}); zero for none
 * @param statementTimeout    PostgreSQL {@code statement_timeout} for migration statements; zero for none
 * @param lockRetries         how often a statement that timed out waiting for a lock is retried
 * @param advisoryLockTimeout how long a run waits for another run's advisory lock before giving up
 * @param entities            JPA entities to declare tables from ({@code [schema] entities}): packages, classes or
 *                            {@code persistence.xml} files, loaded with the entity module (retort-hibernate)
 * @param entityNaming        how entity names become table and column names ({@code [schema] entity_naming}):
 *                            {@code spring}, {@code hibernate} or naming strategy classes; null for Spring's
 * @param keepLiveNames       whether constraint and index names nobody wrote keep the live database's name when the
 *                            definition is the same ({@code [schema] keep_live_names})
 * @param cache               whether declared snapshots are kept between runs ({@code [dev] cache}), so an
 *                            unchanged declaration is not built again
 * @param cacheDirectory      where ({@code [dev] cache_directory}), relative to {@code baseDirectory}; null for
 *                            {@code .retort/cache}
 * @param cacheSize           the cache directory's size bound in MiB ({@code [dev] cache_size}); the least recently
 *                            used entries go first
 * @param online              whether plans change existing objects with the online recipes ({@code [plan] online})
 * @param allowHazards        hazards a plan may carry besides those always allowed ({@code [plan] allow_hazards})
 * @param renames             rename hints ({@code [renames]}), each {@code new.name=old}: the declared object at the
 *                            new name was called old (see docs/diff.md)
 */
public record RetortSettings(Path baseDirectory, String url, List<Location> migrations, String versionSchema,
                             TransactionMode transactionMode, List<Location> schemaLocations, List<String> schemas,
                             List<String> excludeSchemas, List<String> kinds, List<String> excludeTables,
                             List<String> exclude, List<Path> definitionClasspath, List<String> definitions, Boolean owners, String devUrl,
                             Duration lockTimeout, Duration statementTimeout, int lockRetries,
                             Duration advisoryLockTimeout, List<String> entities, String entityNaming,
                             boolean keepLiveNames, boolean cache, String cacheDirectory, int cacheSize,
                             boolean online, List<String> allowHazards,
                             List<String> renames) {
    /** How a run is split into transactions. */
    public enum TransactionMode {
        /** The whole run in one transaction (the default): a failure anywhere leaves the database as it was. */
        ALL,
        /** Each revision in a transaction of its own: a failure keeps the revisions before it. */
        PER_REVISION
    }
    /**
     * Creates the settings, copying the lists and checking what is required.
     *
     * @param baseDirectory where relative filesystem paths are resolved (the directory of {@code retort.toml})
     * @param url the database ({@code [database] url}, {@code RETORT_URL}); null when a data source or nothing names it
     * @param migrations where revision files are read ({@code [migrations] locations}); new revisions are written to the first filesystem one
     * @param versionSchema the schema of {@code retort_version} and {@code retort_history}
     * @param transactionMode how runs are split into transactions
     * @param schemaLocations where the declared schema's {@code .sql} files are ({@code [schema] locations})
     * @param schemas the schemas the declaration owns; empty for every non-system schema
     * @param excludeSchemas schemas it does not own
     * @param kinds the object kinds it owns ({@code entities}, {@code views}...); empty for every kind
     * @param excludeTables tables it does not own ({@code schema.table} or {@code table}), with what hangs on them
     * @param exclude objects it does not own, by name or pattern ({@code schema.name} or {@code name}, with {@code *} and {@code ?})
     * @param definitionClasspath jars and class folders holding {@code SchemaDefinition} classes
     * @param definitions {@code SchemaDefinition} classes by name
     * @param owners whether object owners are compared ({@code [schema] owners}); null for the planner's default
     * @param devUrl where declared schemas are built and plans verified ({@code [dev] url}); null for a scratch database on the database's own server
     * @param lockTimeout PostgreSQL {@code lock_timeout} for migration statements ({@code [database] lock_timeout}); zero for none
     * @param statementTimeout PostgreSQL {@code statement_timeout} for migration statements; zero for none
     * @param lockRetries how often a statement that timed out waiting for a lock is retried
     * @param advisoryLockTimeout how long a run waits for another run's advisory lock before giving up
     * @param entities JPA entities to declare tables from: packages, classes or {@code persistence.xml} files
     * @param entityNaming how entity names become table and column names; null for Spring Boot's
     * @param keepLiveNames whether generated constraint and index names keep the live database's name
     * @param cache whether declared snapshots are kept between runs
     * @param cacheDirectory where, relative to {@code baseDirectory}; null for {@code .retort/cache}
     * @param cacheSize the cache's size bound in MiB
     * @param online whether plans change existing objects with the online recipes ({@code [plan] online}): indexes
     *               built concurrently, constraints validated after they are added (see docs/diff.md)
     * @param allowHazards the hazards a plan may carry besides those always allowed ({@code [plan] allow_hazards}:
     *                     {@code data-loss}, {@code table-rewrite})
     * @param renames rename hints, each {@code new.name=old}
     */
    public RetortSettings {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        migrations = List.copyOf(migrations);
        schemaLocations = List.copyOf(schemaLocations);
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        kinds = List.copyOf(kinds);
        excludeTables = List.copyOf(excludeTables);
        exclude = List.copyOf(exclude);
        definitionClasspath = List.copyOf(definitionClasspath);
        definitions = List.copyOf(definitions);
        entities = List.copyOf(entities);
        allowHazards = List.copyOf(allowHazards);
        renames = List.copyOf(renames);
        Objects.requireNonNull(transactionMode, "transactionMode");
        if (versionSchema == null || versionSchema.isBlank()) {
            throw new RetortException("the version schema is empty");
        }
        if (migrations.isEmpty()) {
            throw new RetortException("no migrations location");
        }
        for (Duration d : new Duration[] {lockTimeout, statementTimeout, advisoryLockTimeout}) {
            if (d == null || d.isNegative()) {
                throw new RetortException("timeouts are zero or more, not " + d);
            }
        }
        if (cacheSize < 0) {
            throw new RetortException("the cache size is zero or more MiB, not " + cacheSize);
        }
        if (lockRetries < 0) {
            throw new RetortException("lock retries are zero or more, not " + lockRetries);
        }
    }

    /**
     * The defaults for a project in {@code baseDirectory}: {@code migrations/}, {@code schema/}, {@code public}.
     *
     * @param baseDirectory the project directory
     * @return the defaults
     */
    public static RetortSettings defaults(Path baseDirectory) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        return new RetortSettings(base, null, List.of(Location.filesystem(base.resolve("migrations"))), "public",
                TransactionMode.ALL, List.of(Location.filesystem(base.resolve("schema"))), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, Duration.ofSeconds(10), Duration.ZERO, 0,
                Duration.ofSeconds(60), List.of(), null, true, true, null, 256, true, List.of(), List.of());
    }

    /**
     * The same settings with another version schema: one tenant's, in a schema-per-tenant database.
     *
     * @param schema the version schema
     * @return the settings
     */
    public RetortSettings withVersionSchema(String schema) {
        return new RetortSettings(baseDirectory, url, migrations, schema, transactionMode, schemaLocations, schemas,
                excludeSchemas, kinds, excludeTables, exclude, definitionClasspath, definitions, owners, devUrl, lockTimeout,
                statementTimeout, lockRetries, advisoryLockTimeout, entities, entityNaming, keepLiveNames, cache,
                cacheDirectory, cacheSize, online, allowHazards, renames);
    }

    /**
     * The snapshot cache's directory: {@code cacheDirectory} resolved against {@code baseDirectory}.
     *
     * @return the directory
     */
    public Path cachePath() {
        return baseDirectory.resolve(cacheDirectory != null ? cacheDirectory : ".retort/cache").normalize();
    }

    /**
     * The directory new revisions are written to: the first filesystem migrations location.
     *
     * @return the directory, or null when every location is on the class path
     */
    public Path writableMigrations() {
        return migrations.stream().filter(l -> !l.classpath()).map(Location::directory).findFirst().orElse(null);
    }

    /** The settings, with any password in the URLs replaced by {@code ***}. */
    @Override
    public String toString() {
        return "RetortSettings[baseDirectory=" + baseDirectory + ", url=" + redact(url) + ", migrations=" + migrations
                + ", versionSchema=" + versionSchema + ", transactionMode=" + transactionMode + ", schemaLocations="
                + schemaLocations + ", schemas=" + schemas + ", excludeSchemas=" + excludeSchemas + ", kinds=" + kinds
                + ", excludeTables=" + excludeTables + ", exclude=" + exclude + ", definitionClasspath=" + definitionClasspath
                + ", definitions=" + definitions + ", owners=" + owners + ", devUrl=" + redact(devUrl)
                + ", lockTimeout=" + lockTimeout + ", statementTimeout=" + statementTimeout + ", lockRetries="
                + lockRetries + ", advisoryLockTimeout=" + advisoryLockTimeout + ", entities=" + entities
                + ", entityNaming=" + entityNaming + ", keepLiveNames=" + keepLiveNames + ", cache=" + cache
                + ", cacheDirectory=" + cacheDirectory + ", cacheSize=" + cacheSize + ", online=" + online
                + ", allowHazards=" + allowHazards + ", renames=" + renames + "]";
    }

    static String redact(String url) {
        return url == null ? null : url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@")
                .replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
