package dev.retort;

import java.util.List;

/**
 * What {@link Retort#repair} accepted.
 *
 * @param repaired the applied revisions whose edited file was accepted (a {@code repair} history row each)
 */
public record RepairResult(List<String> repaired) {
    /**
     * Creates the record, copying its lists.
     *
     * @param repaired the applied revisions whose edited file was accepted (a {@code repair} history row each)
     */
    public RepairResult {
        repaired = List.copyOf(repaired);
    }
}
