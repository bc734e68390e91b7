package dev.retort.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Statements in the order they must run, each with its hazards; {@code skipped} names the objects of kinds Retort
 * does not model that either side holds, which the plan neither compared nor touches.
 */
public record MigrationPlan(List<PlannedStatement> statements, List<String> skipped) {
    /** The line that marks the next statement of a revision to run on its own, committed alone. */
    public static final String AUTOCOMMIT_DIRECTIVE = "-- migrate:autocommit";

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
        return statements.stream().filter(s -> s.execution() == PlannedStatement.Execution.COMMIT_FIRST).toList();
    }

    /**
     * The other statements, in order: in one transaction, except those that run on their own in autocommit
     * (the transaction before each of them commits first).
     */
    public List<PlannedStatement> afterCommitFirst() {
        return statements.stream().filter(s -> s.execution() != PlannedStatement.Execution.COMMIT_FIRST).toList();
    }

    /** Whether some statement runs on its own in autocommit, splitting the plan's transaction. */
    public boolean hasAutocommit() {
        return statements.stream().anyMatch(s -> s.execution() == PlannedStatement.Execution.AUTOCOMMIT);
    }

    /** The hazards of all statements. */
    public java.util.Set<Hazard> hazards() {
        java.util.Set<Hazard> all = java.util.EnumSet.noneOf(Hazard.class);
        statements.forEach(s -> all.addAll(s.hazards()));
        return all;
    }

    /**
     * The plan as one SQL script: statements in order, a blank line between objects, each statement's hazards (and
     * note) in a comment line above it, and {@code -- migrate:autocommit} (the revision format's directive) above a
     * statement that runs on its own outside the transaction.
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
            if (s.note() != null) {
                sb.append("-- note: ").append(s.note()).append('\n');
            }
            if (s.execution() == PlannedStatement.Execution.COMMIT_FIRST) {
                sb.append("-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)\n");
            } else if (s.execution() == PlannedStatement.Execution.AUTOCOMMIT) {
                sb.append(AUTOCOMMIT_DIRECTIVE).append('\n');
            }
            sb.append(s.sql()).append('\n');
            previous = s;
        }
        return sb.toString();
    }
}
