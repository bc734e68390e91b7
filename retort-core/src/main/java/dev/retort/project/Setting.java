package dev.retort.project;

import dev.retort.Location;
import dev.retort.RetortException;
import dev.retort.RetortSettings;
import dev.retort.runner.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting: its {@code retort.toml} key, its environment variable, and how a value is read. A value from a
 * file or the environment is turned into the same Java value a {@link dev.retort.RetortConfiguration} method sets,
 * so the three sources compare equal.
 */
public enum Setting {
    URL("database.url", "RETORT_URL", Type.STRING),
    LOCK_TIMEOUT("database.lock_timeout", "RETORT_LOCK_TIMEOUT", Type.DURATION),
    STATEMENT_TIMEOUT("database.statement_timeout", "RETORT_STATEMENT_TIMEOUT", Type.DURATION),
    LOCK_RETRIES("database.lock_retries", "RETORT_LOCK_RETRIES", Type.INTEGER),
    ADVISORY_LOCK_TIMEOUT("database.advisory_lock_timeout", "RETORT_ADVISORY_LOCK_TIMEOUT", Type.DURATION),
    MIGRATIONS("migrations.locations", "RETORT_MIGRATIONS", Type.LOCATIONS),
    VERSION_SCHEMA("migrations.version_schema", "RETORT_VERSION_SCHEMA", Type.STRING),
    TRANSACTION_MODE("migrations.transaction_mode", "RETORT_TRANSACTION_MODE", Type.MODE),
    SCHEMA_LOCATIONS("schema.locations", "RETORT_SCHEMA_LOCATIONS", Type.LOCATIONS),
    SCHEMAS("schema.schemas", "RETORT_SCHEMAS", Type.LIST),
    EXCLUDE_SCHEMAS("schema.exclude_schemas", "RETORT_EXCLUDE_SCHEMAS", Type.LIST),
    KINDS("schema.kinds", "RETORT_KINDS", Type.LIST),
    EXCLUDE_TABLES("schema.exclude_tables", "RETORT_EXCLUDE_TABLES", Type.LIST),
    EXCLUDE("schema.exclude", "RETORT_EXCLUDE", Type.LIST),
    CLASSPATH("schema.classpath", "RETORT_CLASSPATH", Type.PATHS),
    DEFINITIONS("schema.definitions", "RETORT_DEFINITIONS", Type.LIST),
    OWNERS("schema.owners", "RETORT_OWNERS", Type.BOOLEAN),
    ENTITIES("schema.entities", "RETORT_ENTITIES", Type.LIST),
    ENTITY_NAMING("schema.entity_naming", "RETORT_ENTITY_NAMING", Type.STRING),
    KEEP_LIVE_NAMES("schema.keep_live_names", "RETORT_KEEP_LIVE_NAMES", Type.BOOLEAN),
    DEV_URL("dev.url", "RETORT_DEV_URL", Type.STRING),
    CACHE("dev.cache", "RETORT_CACHE", Type.BOOLEAN),
    CACHE_DIRECTORY("dev.cache_directory", "RETORT_CACHE_DIRECTORY", Type.STRING),
    CACHE_SIZE("dev.cache_size", "RETORT_CACHE_SIZE", Type.INTEGER),
    ONLINE("plan.online", "RETORT_ONLINE", Type.BOOLEAN),
    ALLOW_HAZARDS("plan.allow_hazards", "RETORT_ALLOW_HAZARDS", Type.HAZARDS),
    /** The {@code [renames]} table: each key a new name, its value the old one; read as {@code new=old} items. */
    RENAMES("renames", "RETORT_RENAMES", Type.LIST);

    /** How a value is written and what Java value it becomes. */
    enum Type { STRING, LIST, LOCATIONS, PATHS, DURATION, INTEGER, BOOLEAN, MODE, HAZARDS }

    private final String key;
    private final String environmentVariable;
    private final Type type;

    Setting(String key, String environmentVariable, Type type) {
        this.key = key;
        this.environmentVariable = environmentVariable;
        this.type = type;
    }

    /** The dotted {@code retort.toml} key, e.g. {@code migrations.version_schema}. */
    public String key() {
        return key;
    }

    /** The environment variable, e.g. {@code RETORT_VERSION_SCHEMA}. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** Whether {@code name} is a table of settings ({@code database}, {@code migrations}...). */
    static boolean isTable(String name) {
        for (Setting s : values()) {
            if (s.key.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The setting of a dotted key, or null. */
    public static Setting byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Reads a raw value (a TOML string, integer, boolean or array; or an environment variable's text) into the
     * setting's Java value; {@code where} names its origin in errors ({@code retort.toml:4}, {@code RETORT_KINDS}).
     */
    public Object read(Object raw, Path base, String where) {
        return read(raw, base, where, key);
    }

    /**
     * As {@link #read(Object, Path, String)}; {@code what} names the value in a bad duration or count
     * ({@code lock_timeout}, {@code RETORT_LOCK_TIMEOUT}).
     */
    public Object read(Object raw, Path base, String where, String what) {
        if (raw instanceof Duration || raw instanceof RetortSettings.TransactionMode || raw instanceof Boolean
                || raw instanceof Integer && type == Type.INTEGER) {
            return raw;
        }
        try {
            return switch (type) {
                case STRING -> string(raw);
                case LIST -> list(raw);
                case LOCATIONS -> list(raw).stream().map(s -> Location.parse(s, base)).toList();
                case PATHS -> list(raw).stream().map(s -> base.resolve(s).normalize()).toList();
                case DURATION -> RunSettings.parseDuration(raw instanceof Number n ? n.toString() : string(raw), what);
                case INTEGER -> RunSettings.parseRetries(raw instanceof Number n ? n.toString() : string(raw), what);
                case BOOLEAN -> bool(raw);
                case MODE -> mode(raw);
                case HAZARDS -> list(raw).stream().map(h -> dev.retort.plan.Hazard.byName(h).flagName()).toList();
            };
        } catch (RetortException | IllegalArgumentException e) {
            boolean named = type == Type.DURATION || type == Type.INTEGER; // RunSettings names the value itself
            throw new RetortException(where + ": " + (named ? "" : key + ": ") + e.getMessage(), e);
        }
    }

    private static String string(Object raw) {
        if (!(raw instanceof String s)) {
            throw new IllegalArgumentException("expected a string, found " + raw);
        }
        return s;
    }

    /** A TOML array of strings, or one string of comma-separated items. */
    private static List<String> list(Object raw) {
        List<String> out = new ArrayList<>();
        if (raw instanceof List<?> items) {
            for (Object item : items) {
                out.add(string(item).strip());
            }
        } else {
            Arrays.stream(string(raw).split(",")).map(String::strip).forEach(out::add);
        }
        out.removeIf(String::isEmpty);
        return List.copyOf(out);
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String s = string(raw).strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        throw new IllegalArgumentException("'" + raw + "' is not true or false");
    }

    private static RetortSettings.TransactionMode mode(Object raw) {
        String s = string(raw).strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (s) {
            case "all" -> RetortSettings.TransactionMode.ALL;
            case "per-revision" -> RetortSettings.TransactionMode.PER_REVISION;
            default -> throw new IllegalArgumentException("'" + raw + "' is not a transaction mode (all or per-revision)");
        };
    }

    /** The settings the {@code RETORT_*} variables of {@code environment} set, as Java values. */
    public static Map<Setting, Object> fromEnvironment(Map<String, String> environment, Path base) {
        Map<Setting, Object> values = new java.util.EnumMap<>(Setting.class);
        for (Setting s : values()) {
            String v = environment.get(s.environmentVariable);
            if (v != null && !v.isBlank()) {
                values.put(s, s.read(v, base, "environment variable " + s.environmentVariable,
                        s.environmentVariable));
            }
        }
        return values;
    }

    /** {@code values} (Java values by setting, as {@link #read} gives them) over {@code d}. */
    @SuppressWarnings("unchecked")
    public static RetortSettings applyAll(RetortSettings d, Map<Setting, Object> values) {
        return new RetortSettings(d.baseDirectory(),
                (String) values.getOrDefault(URL, d.url()),
                (List<Location>) values.getOrDefault(MIGRATIONS, d.migrations()),
                (String) values.getOrDefault(VERSION_SCHEMA, d.versionSchema()),
                (RetortSettings.TransactionMode) values.getOrDefault(TRANSACTION_MODE, d.transactionMode()),
                (List<Location>) values.getOrDefault(SCHEMA_LOCATIONS, d.schemaLocations()),
                (List<String>) values.getOrDefault(SCHEMAS, d.schemas()),
                (List<String>) values.getOrDefault(EXCLUDE_SCHEMAS, d.excludeSchemas()),
                (List<String>) values.getOrDefault(KINDS, d.kinds()),
                (List<String>) values.getOrDefault(EXCLUDE_TABLES, d.excludeTables()),
                (List<String>) values.getOrDefault(EXCLUDE, d.exclude()),
                (List<Path>) values.getOrDefault(CLASSPATH, d.definitionClasspath()),
                (List<String>) values.getOrDefault(DEFINITIONS, d.definitions()),
                (Boolean) values.getOrDefault(OWNERS, d.owners()),
                (String) values.getOrDefault(DEV_URL, d.devUrl()),
                (Duration) values.getOrDefault(LOCK_TIMEOUT, d.lockTimeout()),
                (Duration) values.getOrDefault(STATEMENT_TIMEOUT, d.statementTimeout()),
                (Integer) values.getOrDefault(LOCK_RETRIES, d.lockRetries()),
                (Duration) values.getOrDefault(ADVISORY_LOCK_TIMEOUT, d.advisoryLockTimeout()),
                (List<String>) values.getOrDefault(ENTITIES, d.entities()),
                (String) values.getOrDefault(ENTITY_NAMING, d.entityNaming()),
                (Boolean) values.getOrDefault(KEEP_LIVE_NAMES, d.keepLiveNames()),
                (Boolean) values.getOrDefault(CACHE, d.cache()),
                (String) values.getOrDefault(CACHE_DIRECTORY, d.cacheDirectory()),
                (Integer) values.getOrDefault(CACHE_SIZE, d.cacheSize()),
                (Boolean) values.getOrDefault(ONLINE, d.online()),
                (List<String>) values.getOrDefault(ALLOW_HAZARDS, d.allowHazards()),
                (List<String>) values.getOrDefault(RENAMES, d.renames()));
    }
}
