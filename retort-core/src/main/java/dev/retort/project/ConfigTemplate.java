package dev.retort.project;

/** The {@code retort.toml} that {@code retort init} writes: every setting, the optional ones commented out. */
final class ConfigTemplate {
    private ConfigTemplate() {
    }

    static final String TEXT = """
            # Retort project configuration. Paths are relative to this file. String values may use ${ENV_VAR}
            # (or ${ENV_VAR:-default}); every setting also has an environment variable (RETORT_URL, ...).

            [database]
            # The database commands work on. Overridden by --url, then RETORT_URL; libpq's PGHOST, PGPORT, PGUSER,
            # PGDATABASE are used when nothing names one, and with nothing at all an embedded PostgreSQL keeps
            # its data under .retort/ beside this file. Passwords also come from PGPASSWORD or ~/.pgpass.
            # url = "postgresql://user@localhost:5432/app"
            # lock_timeout = "10s"            # how long a migration statement waits for a lock
            # statement_timeout = "0"         # 0: no limit
            # lock_retries = 0
            # advisory_lock_timeout = "60s"   # how long a run waits for another run to finish

            [migrations]
            # Where revision files are. For several, or classpath:db/migration inside jars, write instead
            # locations = ["migrations", "classpath:db/migration"]; new revisions go to the first directory.
            directory = "migrations"
            # The schema holding retort_version and retort_history.
            version_schema = "public"
            # transaction_mode = "all"        # or "per-revision"

            [schema]
            # The declared schema: .sql files in this folder (any DDL, any order; locations = [...] for several) ...
            directory = "schema"
            # ... plus SchemaDefinition classes, found on this classpath or by ServiceLoader.
            # classpath = ["build/classes/java/main"]
            # definitions = ["com.example.ShopSchema"]
            # Tables from JPA entities (packages, classes or persistence.xml), loaded from the classpath above,
            # which must also hold retort-hibernate and the application's Hibernate. Naming as Spring Boot's
            # by default ("spring"), or "hibernate", or naming strategy classes.
            # entities = ["com.example.model"]
            # entity_naming = "spring"
            # Constraint and index names nobody wrote (Hibernate's FK... hashes) take the live database's
            # name when the definition is the same; false compares them as they are.
            # keep_live_names = true
            # What the declaration owns (default: every non-system schema, every kind). With kinds = ["entities"]
            # Retort manages views, functions, triggers, policies... beside another tool that owns the tables.
            # schemas = ["public"]
            # exclude_schemas = ["audit"]
            # exclude_tables = ["public.spatial_ref_sys"]
            # kinds = ["entities"]

            [dev]
            # Where declared schemas are built and plans verified: a server where Retort may create databases,
            # or "embedded" (default: a scratch database on the database's own server). RETORT_DEV_URL overrides.
            # url = "embedded"
            # An unchanged declaration is read from the snapshot cache instead of built (--no-cache: build anyway).
            # cache = true
            # cache_directory = ".retort/cache"
            # cache_size = 256                     # MiB; the least recently used entries go first
            """;
}
