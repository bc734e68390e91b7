package dev.retort.plan;

import dev.retort.catalog.ObjectId;
import java.util.List;
import java.util.Set;

/**
 * How a changed object gets from its old to its new definition: statements that alter it in place, or (when
 * PostgreSQL cannot) a rebuild, meaning drop and create again. {@code rebuildAlso} names objects of the old schema
 * that the alteration cannot leave standing (a view on a column whose type changes): they are dropped before it and
 * created again after it.
 */
record Alteration(boolean rebuild, List<PlannedStatement> statements, Set<ObjectId> rebuildAlso) {
    static final Alteration REBUILD = new Alteration(true, List.of(), Set.of());

    Alteration {
        statements = List.copyOf(statements);
        rebuildAlso = Set.copyOf(rebuildAlso);
    }

    static Alteration of(List<PlannedStatement> statements) {
        return new Alteration(false, statements, Set.of());
    }

    /** In-place statements on one object, without hazards. */
    static Alteration of(ObjectId object, List<String> sql) {
        return of(sql.stream().map(s -> new PlannedStatement(object, PlannedStatement.Action.ALTER, s)).toList());
    }
}
