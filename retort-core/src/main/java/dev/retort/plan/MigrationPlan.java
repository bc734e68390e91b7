package dev.retort.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Statements in the order they must run, each with its hazards; {@code skipped} names the objects of kinds Retort
 * does not model that either side holds, which the plan neither compared nor touches.
 */
public record MigrationPlan(List<PlannedStatement> statements, List<String> skipped) {
    public MigrationPlan {
        statements = List.copyOf(statements);
        skipped = List.copyOf(skipped);
    }

    public MigrationPlan(List<PlannedStatement> statements) {
        this(statements, List.of());
    }

    /** One line naming the skipped objects (up to ten), or null when there are none. */
    public String skippedSummary() {
        if (skipped.isEmpty()) {
            return null;
        }
        return "skipped " + skipped.size() + " object" + (skipped.size() == 1 ? "" : "s")
                + " of kinds Retort does not model, not compared: " + String.join("; ", skipped.subList(0,
                Math.min(10, skipped.size()))) + (skipped.size() > 10 ? "; ..." : "");
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** The statements that must run and commit before the others, in order. */
    public List<PlannedStatement> beforeTransaction() {
        return statements.stream().filter(s -> !s.transactional()).toList();
    }

    /** The statements that run together in one transaction, in order. */
    public List<PlannedStatement> inTransaction() {
        return statements.stream().filter(PlannedStatement::transactional).toList();
    }

    /**
     * The plan as one SQL script: statements in order, a blank line between objects, each statement's hazards in
     * a comment line above it.
     */
    public String toSql() {
        StringBuilder sb = new StringBuilder();
        PlannedStatement previous = null;
        for (PlannedStatement s : statements) {
            if (previous != null && !(previous.object().equals(s.object()) && previous.action() == s.action())) {
                sb.append('\n');
            }
            if (!s.hazards().isEmpty()) {
                sb.append("-- hazards: ").append(s.hazards().stream().map(Hazard::label)
                        .collect(Collectors.joining(", "))).append('\n');
            }
            if (!s.transactional()) {
                sb.append("-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)\n");
            }
            sb.append(s.sql()).append('\n');
            previous = s;
        }
        return sb.toString();
    }
}
