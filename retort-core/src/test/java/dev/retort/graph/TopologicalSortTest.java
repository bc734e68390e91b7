package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologicalSortTest {
    @Test
    void eachNodeComesAfterWhatMustPrecedeItTiesByPriority() {
        // a before c, b before c, c before d; a and b are ready together, the priority (reversed) takes b first.
        Map<String, List<String>> after = Map.of("a", List.of("c", "c", "x"), "b", List.of("c"), "c", List.of("d"),
                "d", List.of());
        TopologicalSort.Result<String> r = TopologicalSort.sort(List.of("a", "b", "c", "d"), after::get,
                Comparator.<String>reverseOrder());
        assertThat(r.sorted()).containsExactly("b", "a", "c", "d");
        assertThat(r.stuck()).isEmpty();
    }

    @Test
    void whatACycleHoldsUpIsReturnedInPriorityOrder() {
        Map<String, List<String>> after = Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("b", "d"),
                "d", List.of(), "e", List.of());
        TopologicalSort.Result<String> r = TopologicalSort.sort(List.of("e", "d", "c", "b", "a"), after::get,
                Comparator.naturalOrder());
        assertThat(r.sorted()).containsExactly("a", "e");
        assertThat(r.stuck()).containsExactly("b", "c", "d");
    }
}
