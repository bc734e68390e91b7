package dev.retort.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The one topological sort (Kahn's algorithm) of catalog objects, plan steps and revisions: each node after the
 * nodes that must come before it, ties broken by a total order, so the same graph gives the same order in every
 * process. What a cycle holds up is returned, not thrown: each caller says what a cycle means.
 */
public final class TopologicalSort {
    private TopologicalSort() {
    }

    /**
     * @param sorted the nodes in order
     * @param stuck  the nodes a cycle held up (caught in one, or after one), in tie-break order; empty when none
     */
    public record Result<T>(List<T> sorted, List<T> stuck) {
        public Result {
            sorted = List.copyOf(sorted);
            stuck = List.copyOf(stuck);
        }
    }

    /**
     * @param nodes    the nodes, each once
     * @param after    for a node, the nodes that must come after it; nodes not among {@code nodes} are ignored,
     *                 and an edge given twice counts once
     * @param priority which of the nodes ready at once goes first; a total order
     */
    public static <T> Result<T> sort(Collection<T> nodes, Function<T, ? extends Collection<T>> after,
                                     Comparator<? super T> priority) {
        Map<T, Set<T>> successors = new HashMap<>();
        Map<T, Integer> waiting = new HashMap<>();
        nodes.forEach(n -> waiting.put(n, 0));
        for (T node : nodes) {
            Set<T> next = new LinkedHashSet<>();
            for (T n : after.apply(node)) {
                if (waiting.containsKey(n) && !n.equals(node)) {
                    next.add(n);
                }
            }
            successors.put(node, next);
            next.forEach(n -> waiting.merge(n, 1, Integer::sum));
        }
        PriorityQueue<T> ready = new PriorityQueue<>(priority);
        waiting.forEach((n, count) -> {
            if (count == 0) {
                ready.add(n);
            }
        });
        List<T> sorted = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            T next = ready.poll();
            sorted.add(next);
            for (T n : successors.get(next)) {
                if (waiting.merge(n, -1, Integer::sum) == 0) {
                    ready.add(n);
                }
            }
        }
        List<T> stuck = new ArrayList<>();
        waiting.forEach((n, count) -> {
            if (count > 0) {
                stuck.add(n);
            }
        });
        stuck.sort(priority);
        return new Result<>(sorted, stuck);
    }
}
