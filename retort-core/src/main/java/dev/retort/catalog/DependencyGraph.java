package dev.retort.catalog;

import dev.retort.graph.TopologicalSort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which objects depend on which, from {@code pg_depend}: an edge {@code a -> b} means a needs b (b is created first
 * and dropped last). Immutable once built.
 */
public final class DependencyGraph {
    private final Map<ObjectId, SortedSet<ObjectId>> dependsOn;
    private final Map<ObjectId, SortedSet<ObjectId>> dependents;
    private final Map<ObjectId, Map<String, SortedSet<ObjectId>>> columnDependents;

    private DependencyGraph(Map<ObjectId, SortedSet<ObjectId>> dependsOn,
                            Map<ObjectId, Map<String, SortedSet<ObjectId>>> columnDependents) {
        this.dependsOn = dependsOn;
        this.columnDependents = columnDependents;
        Map<ObjectId, SortedSet<ObjectId>> reverse = new TreeMap<>();
        dependsOn.forEach((from, tos) -> tos.forEach(to -> reverse.computeIfAbsent(to, k -> new TreeSet<>()).add(from)));
        this.dependents = reverse;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What the object needs. */
    public SortedSet<ObjectId> dependenciesOf(ObjectId id) {
        return Collections.unmodifiableSortedSet(dependsOn.getOrDefault(id, new TreeSet<>()));
    }

    /** What needs the object. */
    public SortedSet<ObjectId> dependentsOf(ObjectId id) {
        return Collections.unmodifiableSortedSet(dependents.getOrDefault(id, new TreeSet<>()));
    }

    /** What needs one column of a table, view or materialized view (views, indexes, policies, ...). */
    public SortedSet<ObjectId> dependentsOfColumn(ObjectId relation, String column) {
        return Collections.unmodifiableSortedSet(
                columnDependents.getOrDefault(relation, Map.of()).getOrDefault(column, new TreeSet<>()));
    }

    public int edgeCount() {
        return dependsOn.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * The objects in an order where each comes after everything it needs among them (Kahn's algorithm, ties broken
     * by {@link ObjectId} order, so the result is the same in every process); objects caught in a cycle come last,
     * in identity order.
     */
    public List<ObjectId> order(Collection<ObjectId> objects) {
        TopologicalSort.Result<ObjectId> result = TopologicalSort.sort(new TreeSet<>(objects), this::dependentsOf,
                Comparator.naturalOrder());
        List<ObjectId> ordered = new ArrayList<>(result.sorted());
        ordered.addAll(result.stuck());
        return ordered;
    }


    /** Every edge: each object with what it needs (for storing the graph; see {@link #of}). */
    public Map<ObjectId, SortedSet<ObjectId>> edges() {
        return Collections.unmodifiableMap(dependsOn);
    }

    /** Every column edge: each relation, its columns, and what needs each (see {@link #of}). */
    public Map<ObjectId, Map<String, SortedSet<ObjectId>>> columnEdges() {
        return Collections.unmodifiableMap(columnDependents);
    }

    /**
     * The graph {@link #edges()} and {@link #columnEdges()} of another graph describe, taken as they are (sorted
     * sets, no self-edges): the maps are only read from.
     */
    public static DependencyGraph of(Map<ObjectId, SortedSet<ObjectId>> edges,
                                     Map<ObjectId, Map<String, SortedSet<ObjectId>>> columnEdges) {
        return new DependencyGraph(edges, columnEdges);
    }

    /** Collects edges; self-edges are ignored. */
    public static final class Builder {
        private final Map<ObjectId, SortedSet<ObjectId>> edges = new TreeMap<>();
        private final Map<ObjectId, Map<String, SortedSet<ObjectId>>> columns = new TreeMap<>();

        public Builder add(ObjectId dependent, ObjectId referenced) {
            if (!dependent.equals(referenced)) {
                edges.computeIfAbsent(dependent, k -> new TreeSet<>()).add(referenced);
            }
            return this;
        }

        /** Records that {@code dependent} needs one column of {@code relation} (besides the relation itself). */
        public Builder addOnColumn(ObjectId dependent, ObjectId relation, String column) {
            if (!dependent.equals(relation)) {
                columns.computeIfAbsent(relation, k -> new TreeMap<>())
                        .computeIfAbsent(column, k -> new TreeSet<>()).add(dependent);
            }
            return this;
        }

        public DependencyGraph build() {
            return new DependencyGraph(edges, columns);
        }
    }
}
