package dev.retort.devdb;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.DependencyGraph;
import dev.retort.catalog.Extension;
import dev.retort.catalog.InspectionScope;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Schema;
import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a declaration owns: schemas (all non-system ones unless {@code schemas} names some, minus
 * {@code excludeSchemas}) and kinds. Objects outside it are neither created nor dropped by a diff; when the scope is
 * narrower than everything, the dev database first receives the target's objects outside it, so declarations can
 * refer to them. Retort's version tables (in {@code versionSchema}) are never in scope. {@code owners}: whether
 * owners other than the migrating role are compared and set ({@link InspectionScope}).
 */
public record DeclaredScope(List<String> schemas, List<String> excludeSchemas, Set<ObjectKind> kinds,
                            String versionSchema, boolean owners, List<String> excludeTables) {
    /**
     * The kinds Alembic Utils calls entities: what sits beside another tool that manages tables. Extensions are not
     * among them (an undeclared extension would be dropped with everything it holds); add {@code extension} to own them.
     */
    public static final Set<ObjectKind> ENTITIES = EnumSet.of(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.FUNCTION, ObjectKind.PROCEDURE, ObjectKind.AGGREGATE, ObjectKind.TRIGGER,
            ObjectKind.EVENT_TRIGGER, ObjectKind.POLICY);

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

    /** @param excludeTables tables the declaration does not own, with what hangs on them: {@code schema.table} or {@code table} */
    public DeclaredScope {
        excludeTables = List.copyOf(excludeTables);
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        kinds = kinds.isEmpty() ? EnumSet.allOf(ObjectKind.class) : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static DeclaredScope of(InspectionScope scope, Set<ObjectKind> kinds) {
        return new DeclaredScope(scope.includeSchemas(), scope.excludeSchemas(), kinds, scope.versionSchema(),
                scope.manageOwners());
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
        return schemas.isEmpty() && excludeSchemas.isEmpty() && excludeTables.isEmpty()
                && kinds.size() == ObjectKind.values().length;
    }

    /**
     * Whether an object (read with {@link #inspection()}, or with every schema) is the declaration's. Indexes
     * follow their materialized view: they are part of its declaration.
     */
    public boolean owns(CatalogObject object, CatalogSnapshot snapshot) {
        ObjectId id = object.id();
        if (!schemaOwned(object) || excludedTable(id)) {
            return false;
        }
        if (id.kind() == ObjectKind.INDEX && kinds.contains(ObjectKind.MATERIALIZED_VIEW)
                && snapshot.contains(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, id.schema(), id.table()))) {
            return true;
        }
        return kinds.contains(id.kind());
    }

    /** A table named in {@code excludeTables}, or an object on one (index, constraint, trigger, policy...). */
    private boolean excludedTable(ObjectId id) {
        if (excludeTables.isEmpty() || id.schema() == null) {
            return false;
        }
        String table = id.kind() == ObjectKind.TABLE ? id.name() : id.table();
        return table != null && (excludeTables.contains(table) || excludeTables.contains(id.schema() + "." + table));
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
        if (kinds.size() == ObjectKind.values().length && excludeTables.isEmpty()) {
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
        return new CatalogSnapshot(snapshot.serverVersionNum(), kept, graph.build(), snapshot.unmodelled(),
                snapshot.extensionUpdates());
    }
}
