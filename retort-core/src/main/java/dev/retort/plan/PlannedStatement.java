package dev.retort.plan;

import dev.retort.catalog.ObjectId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One SQL statement of a plan: the object it acts on, how, and its hazards.
 *
 * @param transactional false for a statement PostgreSQL refuses inside a transaction block
 */
public record PlannedStatement(ObjectId object, Action action, String sql, Set<Hazard> hazards,
                               boolean transactional) {
    public enum Action { DROP, ALTER, CREATE }

    public PlannedStatement {
        hazards = hazards.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hazards));
    }

    public PlannedStatement(ObjectId object, Action action, String sql, Hazard... hazards) {
        this(object, action, sql, hazards.length == 0 ? Set.of() : EnumSet.of(hazards[0], hazards), true);
    }
}
