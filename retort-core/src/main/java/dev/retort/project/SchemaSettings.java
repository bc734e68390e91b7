package dev.retort.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared-schema settings of {@code retort.toml}: what the declaration owns, where its Java definitions are,
 * and where to build it. Lists are one-line arrays of strings or comma-separated strings; paths are relative to
 * the file's directory.
 *
 * <pre>
 * [schema]
 * directory = "schema"
 * schemas = "app, billing"            # default: every non-system schema
 * exclude_schemas = "audit"
 * kinds = "entities"                  # or e.g. "views, functions, triggers"; default: every kind
 * classpath = "build/classes"         # jars and class folders holding SchemaDefinition classes
 * definitions = "com.acme.ShopSchema" # SchemaDefinition classes by name (ServiceLoader finds the others)
 * entities = ["com.acme.model"]       # JPA entities: packages, classes or persistence.xml (retort-hibernate)
 * entity_naming = "spring"            # or "hibernate", or naming strategy classes
 * keep_live_names = true              # generated constraint and index names match live ones by definition
 *
 * [dev]
 * url = "embedded"                    # or a server URL; default: a scratch database on the target's server
 * </pre>
 */
public record SchemaSettings(List<String> schemas, List<String> excludeSchemas, List<String> kinds,
                             List<Path> classpath, List<String> definitions, String devUrl, List<String> entities,
                             String entityNaming, boolean keepLiveNames) {
    static final Set<String> KEYS = Set.of("schema.schemas", "schema.exclude_schemas", "schema.kinds",
            "schema.classpath", "schema.definitions", "dev.url", "schema.entities", "schema.entity_naming",
            "schema.keep_live_names");
    public static final SchemaSettings NONE = new SchemaSettings(List.of(), List.of(), List.of(), List.of(), List.of(),
            null, List.of(), null, true);

    public SchemaSettings {
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        kinds = List.copyOf(kinds);
        classpath = List.copyOf(classpath);
        definitions = List.copyOf(definitions);
        entities = List.copyOf(entities);
    }

    /** The settings of a {@code retort.toml} that {@link RetortConfig#load} has accepted. */
    public static SchemaSettings load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 0, "cannot read: " + e.getMessage());
        }
        Map<String, TomlSubset.Entry> entries = TomlSubset.parse(file, text);
        Path dir = file.toAbsolutePath().getParent();
        return new SchemaSettings(list(entries, "schema.schemas"), list(entries, "schema.exclude_schemas"),
                list(entries, "schema.kinds"), list(entries, "schema.classpath").stream().map(dir::resolve).toList(),
                list(entries, "schema.definitions"),
                entries.containsKey("dev.url") ? entries.get("dev.url").value() : null,
                list(entries, "schema.entities"),
                entries.containsKey("schema.entity_naming") ? entries.get("schema.entity_naming").value() : null,
                !entries.containsKey("schema.keep_live_names")
                        || !entries.get("schema.keep_live_names").value().equals("false"));
    }

    private static List<String> list(Map<String, TomlSubset.Entry> entries, String key) {
        TomlSubset.Entry e = entries.get(key);
        if (e == null) {
            return List.of();
        }
        return Arrays.stream(e.value().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
