package dev.retort.devdb;

import dev.retort.RetortException;
import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.DependencyGraph;
import dev.retort.catalog.Extension;
import dev.retort.catalog.InspectionScope;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a declaration owns: schemas (all non-system ones unless {@code schemas} names some, minus
 * {@code excludeSchemas}) and kinds. Objects outside it are neither created nor dropped by a diff; when the scope is
 * narrower than everything, the dev database first receives the target's objects outside it, so declarations can
 * refer to them. Retort's version tables (in {@code versionSchema}) are never in scope, nor are other tools'
 * bookkeeping tables ({@link #BOOKKEEPING}). {@code exclude} holds patterns of objects it does not own either:
 * {@code schema.name} or {@code name}, where {@code *} stands for any characters and {@code ?} for one; an excluded
 * table takes what hangs on it (columns' defaults, constraints, indexes, triggers, policies) along, and
 * {@code schema.*} excludes the schema itself too. {@code owners}: whether owners other than the migrating role are
 * compared and set ({@link InspectionScope}).
 */
public record DeclaredScope(List<String> schemas, List<String> excludeSchemas, Set<ObjectKind> kinds,
                            String versionSchema, boolean owners, List<String> exclude) {
    /**
     * The bookkeeping tables of other migration tools, in any schema, and the tool each belongs to: never in scope,
     * so adopting Retort beside (or after) them never plans to drop them.
     */
    public static final java.util.Map<String, String> BOOKKEEPING = java.util.Map.of(
            "flyway_schema_history", "Flyway's history table",
            "databasechangelog", "Liquibase's changelog table",
            "databasechangeloglock", "Liquibase's lock table",
            "alembic_version", "Alembic's version table");

    /** The kinds {@code entities} names ({@link ObjectKind#isEntity()}). */
    public static final Set<ObjectKind> ENTITIES = java.util.Collections.unmodifiableSet(EnumSet.copyOf(
            java.util.Arrays.stream(ObjectKind.values()).filter(ObjectKind::isEntity).toList()));

    public static final DeclaredScope ALL = new DeclaredScope(List.of(), List.of(), EnumSet.allOf(ObjectKind.class),
            "public");

    /** A scope that manages owners and excludes no table. */
    public DeclaredScope(List<String> schemas, List<String> excludeSchemas, Set<ObjectKind> kinds,
                         String versionSchema) {
        this(schemas, excludeSchemas, kinds, versionSchema, true);
    }

    /** A scope that excludes no table. */
    public DeclaredScope(List<String> schemas, List<String> excludeSchemas, Set<ObjectKind> kinds,
                         String versionSchema, boolean owners) {
        this(schemas, excludeSchemas, kinds, versionSchema, owners, List.of());
    }

    /** @param exclude patterns of objects the declaration does not own: {@code schema.name} or {@code name}, with {@code *} and {@code ?} */
    public DeclaredScope {
        exclude = List.copyOf(exclude);
        for (String pattern : exclude) {
            if (pattern.isBlank() || pattern.chars().filter(c -> c == '.').count() > 1) {
                throw new RetortException("exclude pattern '" + pattern + "' is not schema.name or name "
                        + "(e.g. public.flyway_schema_history, audit.*, tmp_*)");
            }
        }
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        kinds = kinds.isEmpty() ? EnumSet.allOf(ObjectKind.class) : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static DeclaredScope of(InspectionScope scope, Set<ObjectKind> kinds) {
        return new DeclaredScope(scope.includeSchemas(), scope.excludeSchemas(), kinds, scope.versionSchema(),
                scope.owners());
    }

    /**
     * Kinds as written in options and configuration: labels ({@code view}, {@code materialized view} or
     * {@code materialized_view}), plurals ({@code views}), or {@code entities}; an empty list means all kinds.
     */
    public static Set<ObjectKind> parseKinds(List<String> names) {
        Set<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("entities")) {
                kinds.addAll(ENTITIES);
                continue;
            }
            if (name.equals("all")) {
                kinds.addAll(EnumSet.allOf(ObjectKind.class));
                continue;
            }
            ObjectKind kind = null;
            for (ObjectKind k : ObjectKind.values()) {
                if (k.label().equals(name) || (k.label() + "s").equals(name) || name.equals(k.label() + "es")
                        || (name.endsWith("ies") && k.label().equals(name.substring(0, name.length() - 3) + "y"))) {
                    kind = k;
                }
            }
            if (kind == null) {
                List<String> known = new ArrayList<>(List.of("entities", "all"));
                for (ObjectKind k : ObjectKind.values()) {
                    known.add(k.label().replace(' ', '_'));
                }
                throw new RetortException("unknown object kind '" + raw + "' (known: " + String.join(", ", known) + ")");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    /** The scope the inspector reads: the schema part (kinds are applied by {@link #restrict}). */
    public InspectionScope inspection() {
        return new InspectionScope(schemas, excludeSchemas, versionSchema, owners);
    }

    /** Whether the declaration owns everything the inspector reads, so nothing needs to come from the target. */
    public boolean ownsEverything() {
        return schemas.isEmpty() && excludeSchemas.isEmpty() && exclude.isEmpty()
                && kinds.size() == ObjectKind.values().length;
    }

    /**
     * Whether an object (read with {@link #inspection()}, or with every schema) is the declaration's. Indexes
     * follow their materialized view: they are part of its declaration.
     */
    public boolean owns(CatalogObject object, CatalogSnapshot snapshot) {
        ObjectId id = object.id();
        if (!schemaOwned(object) || excluded(id) || bookkeeping(id) != null) {
            return false;
        }
        if (id.kind() == ObjectKind.INDEX && kinds.contains(ObjectKind.MATERIALIZED_VIEW)
                && snapshot.contains(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, id.schema(), id.table()))) {
            return true;
        }
        return kinds.contains(id.kind());
    }

    /** Whether an object matches an exclude pattern itself, through its table, or (for a schema) as {@code schema.*}. */
    private boolean excluded(ObjectId id) {
        for (String pattern : exclude) {
            int dot = pattern.indexOf('.');
            String schemaPart = dot < 0 ? "*" : pattern.substring(0, dot);
            String namePart = dot < 0 ? pattern : pattern.substring(dot + 1);
            if (id.kind() == ObjectKind.SCHEMA) {
                if (dot >= 0 && namePart.equals("*") && glob(schemaPart, id.name())) {
                    return true;
                }
                continue;
            }
            if (id.schema() == null || !glob(schemaPart, id.schema())) {
                continue;
            }
            if (glob(namePart, id.name()) || (id.table() != null && glob(namePart, id.table()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tool whose bookkeeping table {@code id} is (or hangs on), e.g. "Flyway's history table"; null for any
     * other object.
     */
    public static String bookkeeping(ObjectId id) {
        if (id.schema() == null || id.kind() == ObjectKind.SCHEMA) {
            return null;
        }
        String table = id.kind() == ObjectKind.TABLE ? id.name() : id.table();
        return table == null ? null : BOOKKEEPING.get(table);
    }

    /** The other tools' bookkeeping tables in a snapshot, each with what it is, for a note to the user. */
    public static java.util.SortedMap<String, String> bookkeepingTables(CatalogSnapshot snapshot) {
        java.util.SortedMap<String, String> out = new TreeMap<>();
        for (CatalogObject o : snapshot.all()) {
            if (o.id().kind() == ObjectKind.TABLE && bookkeeping(o.id()) != null) {
                out.put(o.id().schema() + "." + o.id().name(), bookkeeping(o.id()));
            }
        }
        return out;
    }

    private static boolean glob(String pattern, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return name.matches(regex.toString());
    }

    private boolean schemaOwned(CatalogObject object) {
        String schema = object instanceof Schema s ? s.name() : object instanceof Extension e ? e.schema()
                : object.id().schema();
        if (schema == null) {
            return true; // event triggers, global default privileges
        }
        return (schemas.isEmpty() || schemas.contains(schema)) && !excludeSchemas.contains(schema);
    }

    /** The snapshot with only the objects the declaration owns, and the edges among them. */
    public CatalogSnapshot restrict(CatalogSnapshot snapshot) {
        if (kinds.size() == ObjectKind.values().length && exclude.isEmpty()
                && snapshot.all().stream().noneMatch(o -> bookkeeping(o.id()) != null)) {
            return snapshot; // the inspector already applied the schema part
        }
        TreeMap<ObjectId, CatalogObject> kept = new TreeMap<>();
        for (CatalogObject o : snapshot.all()) {
            if (owns(o, snapshot)) {
                kept.put(o.id(), o);
            }
        }
        DependencyGraph.Builder graph = DependencyGraph.builder();
        for (ObjectId id : kept.keySet()) {
            for (ObjectId dep : snapshot.dependencies().dependenciesOf(id)) {
                if (kept.containsKey(dep)) {
                    graph.add(id, dep);
                }
            }
        }
        Map<ObjectId, CatalogSnapshot.TableSize> sizes = new java.util.HashMap<>(snapshot.sizes());
        sizes.keySet().retainAll(kept.keySet());
        return new CatalogSnapshot(snapshot.serverVersionNum(), kept, graph.build(), snapshot.unmodelled(),
                snapshot.extensionUpdates(), sizes);
    }
}
