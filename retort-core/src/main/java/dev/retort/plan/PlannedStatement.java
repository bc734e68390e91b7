package dev.retort.plan;

import dev.retort.catalog.ObjectId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One SQL statement of a plan: the object it acts on, how, its hazards, and how it runs.
 *
 * @param note what the reader should know beyond the hazards (the size of a table a statement rewrites), or null
 */
public record PlannedStatement(ObjectId object, Action action, String sql, Set<Hazard> hazards,
                               Execution execution, String note) {
    public enum Action { DROP, ALTER, CREATE }

    /** Where a statement runs relative to the plan's transaction. */
    public enum Execution {
        /** In the plan's transaction, with the other statements. */
        TRANSACTION,
        /** On its own before the rest, committed first: PostgreSQL cannot use its effect in the same transaction. */
        COMMIT_FIRST,
        /**
         * Where it stands, on its own and committed alone (autocommit): what comes before it commits first. For
         * statements PostgreSQL refuses in a transaction block ({@code CREATE INDEX CONCURRENTLY}), and for those
         * that must not hold the locks of the statements before them ({@code VALIDATE CONSTRAINT}).
         */
        AUTOCOMMIT
    }

    public PlannedStatement {
        hazards = hazards.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hazards));
    }

    public PlannedStatement(ObjectId object, Action action, String sql, Set<Hazard> hazards, Execution execution) {
        this(object, action, sql, hazards, execution, null);
    }

    public PlannedStatement(ObjectId object, Action action, String sql, Hazard... hazards) {
        this(object, action, sql, hazards.length == 0 ? Set.of() : EnumSet.of(hazards[0], hazards),
                Execution.TRANSACTION, null);
    }

    /** True when it runs in the plan's transaction. */
    public boolean transactional() {
        return execution == Execution.TRANSACTION;
    }

    public PlannedStatement withNote(String text) {
        return new PlannedStatement(object, action, sql, hazards, execution, text);
    }
}
