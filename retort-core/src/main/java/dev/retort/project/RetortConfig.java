package dev.retort.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A project's {@code retort.toml}: where its database, migrations and declared schema are. Paths are relative to
 * the file's directory. Unknown keys are errors (a typo must not be silently ignored); issue 7 extends the list.
 *
 * <pre>
 * [database]
 * url = "postgresql://app@localhost:5432/app"   # optional; --url overrides
 *
 * [migrations]
 * directory = "migrations"
 * version_schema = "public"                    # where retort_version and retort_history live
 *
 * [schema]
 * directory = "schema"
 * </pre>
 */
public record RetortConfig(Path file, String url, Path migrationsDirectory, String versionSchema, Path schemaDirectory) {
    public static final String FILE_NAME = "retort.toml";
    private static final Set<String> KEYS = Set.of("database.url", "migrations.directory", "migrations.version_schema",
            "schema.directory");

    /** The defaults for a project in {@code directory}. */
    public static RetortConfig defaults(Path directory) {
        return new RetortConfig(directory.resolve(FILE_NAME), null, directory.resolve("migrations"), "public",
                directory.resolve("schema"));
    }

    public static RetortConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 0, Files.exists(file) ? "cannot read: " + e.getMessage()
                    : "not found (create a project with 'retort init', or point --config at its retort.toml)");
        }
        Map<String, TomlSubset.Entry> entries = TomlSubset.parse(file, text);
        for (Map.Entry<String, TomlSubset.Entry> e : entries.entrySet()) {
            if (!KEYS.contains(e.getKey()) && !SchemaSettings.KEYS.contains(e.getKey())) {
                java.util.TreeSet<String> known = new java.util.TreeSet<>(KEYS);
                known.addAll(SchemaSettings.KEYS);
                throw new ConfigException(file, e.getValue().line(), "unknown setting " + e.getKey() + " (known: "
                        + String.join(", ", known) + ")");
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        RetortConfig d = defaults(dir);
        String schema = value(entries, "migrations.version_schema", d.versionSchema());
        if (schema.isEmpty()) {
            throw new ConfigException(file, entries.get("migrations.version_schema").line(), "version_schema is empty");
        }
        return new RetortConfig(file, entries.containsKey("database.url") ? entries.get("database.url").value() : null,
                dir.resolve(value(entries, "migrations.directory", "migrations")), schema,
                dir.resolve(value(entries, "schema.directory", "schema")));
    }

    private static String value(Map<String, TomlSubset.Entry> entries, String key, String fallback) {
        TomlSubset.Entry e = entries.get(key);
        return e == null ? fallback : e.value();
    }

    /** The text {@code retort init} writes. */
    public static String template() {
        return """
                # Retort project configuration. Paths are relative to this file.

                [database]
                # The database commands work on. Overridden by --url, then RETORT_URL; libpq's PGHOST, PGPORT, PGUSER,
                # PGDATABASE are used when nothing names one, and with nothing at all an embedded PostgreSQL keeps
                # its data under .retort/ beside this file. Passwords also come from PGPASSWORD or ~/.pgpass.
                # url = "postgresql://user@localhost:5432/app"

                [migrations]
                directory = "migrations"
                # The schema holding retort_version and retort_history.
                version_schema = "public"

                [schema]
                # The declared schema: .sql files in this folder (any DDL, any order) ...
                directory = "schema"
                # ... plus SchemaDefinition classes (comma-separated), found on this classpath or by ServiceLoader.
                # classpath = "build/classes/java/main"
                # definitions = "com.example.ShopSchema"
                # Tables from JPA entities (packages, classes or persistence.xml), loaded from the classpath above,
                # which must also hold retort-hibernate and the application's Hibernate. Naming as Spring Boot's
                # by default ("spring"), or "hibernate", or naming strategy classes.
                # entities = ["com.example.model"]
                # entity_naming = "spring"
                # Constraint and index names nobody wrote (Hibernate's FK... hashes) take the live database's
                # name when the definition is the same; false compares them as they are.
                # keep_live_names = true
                # What the declaration owns (default: every non-system schema, every kind). With kinds = "entities"
                # Retort manages views, functions, triggers, policies... beside another tool that owns the tables.
                # schemas = "public"
                # exclude_schemas = "audit"
                # kinds = "entities"

                [dev]
                # Where declared schemas are built and plans verified: a server where Retort may create databases,
                # or "embedded" (default: a scratch database on the database's own server). RETORT_DEV_URL overrides.
                # url = "embedded"
                """;
    }
}
