package dev.retort.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything Retort knows of one database's schema at one moment: its objects by identity and their dependency
 * graph. Two snapshots read the same way compare object by object with {@code equals}.
 *
 * @param serverVersionNum {@code server_version_num}, e.g. 170011
 * @param unmodelled       objects of kinds Retort does not model (operators, collations, casts, foreign tables...),
 *                         as PostgreSQL names them ({@code operator public.===(integer,integer)}): left out of
 *                         every comparison, and said to be
 * @param extensionUpdates for each installed extension, the versions its server has an update path to from the
 *                         installed one (what the server offers, not part of the schema)
 * @param sizes            each table's and materialized view's size when it was read (not part of the schema)
 */
public record CatalogSnapshot(int serverVersionNum, SortedMap<ObjectId, CatalogObject> objects,
                              DependencyGraph dependencies, List<String> unmodelled,
                              Map<String, List<String>> extensionUpdates, Map<ObjectId, TableSize> sizes) {
    public CatalogSnapshot {
        objects = Collections.unmodifiableSortedMap(new TreeMap<>(objects));
        unmodelled = List.copyOf(unmodelled);
        extensionUpdates = Map.copyOf(extensionUpdates);
        sizes = Map.copyOf(sizes);
    }

    public CatalogSnapshot(int serverVersionNum, SortedMap<ObjectId, CatalogObject> objects,
                           DependencyGraph dependencies, List<String> unmodelled,
                           Map<String, List<String>> extensionUpdates) {
        this(serverVersionNum, objects, dependencies, unmodelled, extensionUpdates, Map.of());
    }

    /**
     * How big a table was, from the catalog (no scan).
     *
     * @param estimatedRows {@code pg_class.reltuples}: the planner's row estimate; negative when the table was
     *                      never vacuumed or analyzed (PostgreSQL 14+), so no estimate exists
     * @param bytes         {@code pg_relation_size}: its main fork on disk
     */
    public record TableSize(double estimatedRows, long bytes) {
        /** For a reader: "about 1200000 rows, 85 MB on disk". */
        public String describe() {
            if (estimatedRows < 0) {
                return bytes(bytes) + " on disk, no row estimate (never analyzed)";
            }
            long rows = Math.round(estimatedRows);
            return "about " + rows + " row" + (rows == 1 ? "" : "s") + ", " + bytes(bytes) + " on disk";
        }

        private static String bytes(long n) {
            String[] units = {"bytes", "kB", "MB", "GB", "TB"};
            double v = n;
            int u = 0;
            while (v >= 1024 && u < units.length - 1) {
                v /= 1024;
                u++;
            }
            return u == 0 ? n + " bytes" : Math.round(v) + " " + units[u];
        }
    }

    public CatalogSnapshot(int serverVersionNum, SortedMap<ObjectId, CatalogObject> objects,
                           DependencyGraph dependencies) {
        this(serverVersionNum, objects, dependencies, List.of(), Map.of());
    }

    public int majorVersion() {
        return serverVersionNum / 10000;
    }

    public CatalogObject get(ObjectId id) {
        return objects.get(id);
    }

    public boolean contains(ObjectId id) {
        return objects.containsKey(id);
    }

    public Collection<CatalogObject> all() {
        return objects.values();
    }

    /** The objects of one record type, in identity order. */
    public <T extends CatalogObject> List<T> all(Class<T> type) {
        return objects.values().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
