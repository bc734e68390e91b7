package dev.retort.plan;

import dev.retort.catalog.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The in-place statements of one object's alteration, collected with their hazards. */
final class AlterStatements {
    private final ObjectId id;
    private final List<PlannedStatement> list = new ArrayList<>();

    AlterStatements(ObjectId id) {
        this.id = id;
    }

    void add(String sql, Hazard... hazards) {
        list.add(new PlannedStatement(id, PlannedStatement.Action.ALTER, sql, hazards));
    }

    void addAll(List<String> sql) {
        sql.forEach(this::add);
    }

    /** A statement whose effect must be committed before the rest of the plan may use it. */
    void addOutsideTransaction(String sql, Hazard... hazards) {
        list.add(new PlannedStatement(id, PlannedStatement.Action.ALTER, sql, Set.of(hazards),
                PlannedStatement.Execution.COMMIT_FIRST));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<PlannedStatement> list() {
        return List.copyOf(list);
    }

    Alteration alteration() {
        return Alteration.of(list);
    }
}
