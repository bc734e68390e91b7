package dev.retort;

import java.util.List;

/**
 * The statements that turn one schema into another ({@link Retort#diff}).
 *
 * @param changes the statements, in the order they must run
 * @param sql     the script: every statement, with its hazards as comments; empty when nothing differs
 * @param skipped the objects of kinds Retort does not model, which were not compared (one line), or null
 */
public record DiffResult(List<Change> changes, String sql, String skipped) {
    /**
     * Creates the record, copying its lists.
     *
     * @param changes the statements, in the order they must run
     * @param sql the script: every statement, with its hazards as comments; empty when nothing differs
     * @param skipped the objects of kinds Retort does not model, which were not compared (one line), or null
     */
    public DiffResult {
        changes = List.copyOf(changes);
    }

    /**
     * Whether the two schemas are the same.
     *
     * @return true when there is nothing to change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
