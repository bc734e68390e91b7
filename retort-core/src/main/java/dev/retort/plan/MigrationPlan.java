package dev.retort.plan;

import java.util.List;

/** Statements in the order they must run. */
public record MigrationPlan(List<PlannedStatement> statements) {
    public MigrationPlan {
        statements = List.copyOf(statements);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** The plan as one SQL script: statements in order, a blank line between objects. */
    public String toSql() {
        StringBuilder sb = new StringBuilder();
        PlannedStatement previous = null;
        for (PlannedStatement s : statements) {
            if (previous != null && !(previous.object().equals(s.object()) && previous.action() == s.action())) {
                sb.append('\n');
            }
            sb.append(s.sql()).append('\n');
            previous = s;
        }
        return sb.toString();
    }
}
