package dev.retort;

import java.util.List;

/**
 * What {@link Retort#check()} or {@link Retort#checkReplay()} found.
 *
 * @param applied the revisions the database (or the replayed scratch database) is at
 * @param heads   the migrations' heads
 * @param atHead  whether the database is at the heads
 * @param drift   what would take the database to the declared schema; empty when they match
 * @param skipped the objects of kinds Retort does not model, which were not compared (one line), or null
 */
public record CheckResult(List<String> applied, List<String> heads, boolean atHead, List<Change> drift,
                          String skipped) {
    /**
     * Creates the record, copying its lists.
     *
     * @param applied the revisions the database (or the replayed scratch database) is at
     * @param heads the migrations' heads
     * @param atHead whether the database is at the heads
     * @param drift what would take the database to the declared schema; empty when they match
     * @param skipped the objects of kinds Retort does not model, which were not compared (one line), or null
     */
    public CheckResult {
        applied = List.copyOf(applied);
        heads = List.copyOf(heads);
        drift = List.copyOf(drift);
    }

    /**
     * Whether the check passed: at head and no drift.
     *
     * @return true when the database matches
     */
    public boolean passed() {
        return atHead && drift.isEmpty();
    }
}
