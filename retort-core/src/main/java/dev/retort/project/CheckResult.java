package dev.retort.project;

import dev.retort.plan.MigrationPlan;
import java.util.List;

/**
 * What {@code retort check} found.
 *
 * @param applied the revisions the database is at
 * @param heads   the migrations' heads
 * @param atHead  whether the database is at the heads
 * @param drift   what would take the database to the declared schema; empty when they match
 */
public record CheckResult(List<String> applied, List<String> heads, boolean atHead, MigrationPlan drift) {
    public CheckResult {
        applied = List.copyOf(applied);
        heads = List.copyOf(heads);
    }

    public boolean passed() {
        return atHead && drift.isEmpty();
    }
}
