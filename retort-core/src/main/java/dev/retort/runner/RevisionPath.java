package dev.retort.runner;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionScript;
import dev.retort.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions a run applies or reverts, in order, each with the version-table heads before and after it. Pure:
 * computed from the graph and the current heads, the same for online and offline ({@code --sql}) runs.
 */
public record RevisionPath(Direction direction, List<String> startHeads, List<Step> steps) {
    public RevisionPath {
        startHeads = List.copyOf(startHeads);
        steps = List.copyOf(steps);
    }

    /** One revision to run, and the heads the version table holds before and after it. */
    public record Step(RevisionScript script, Direction direction, List<String> headsBefore, List<String> headsAfter) {
        public Step {
            headsBefore = List.copyOf(headsBefore);
            headsAfter = List.copyOf(headsAfter);
        }

        public List<SqlStatement> statements() {
            return direction == Direction.UPGRADE ? script.upgrade() : script.downgrade();
        }

        /**
         * Whether the step runs in the run's transaction: not a {@code -- migrate:no-transaction} revision, and no
         * statement of this direction marked {@code -- migrate:autocommit}.
         */
        public boolean inOneTransaction() {
            return script.transactional() && statements().stream().noneMatch(SqlStatement::autocommit);
        }

        /** Whether this statement runs in a transaction (the revision's, or a stretch of it between autocommits). */
        public boolean inTransaction(SqlStatement statement) {
            return script.transactional() && !statement.autocommit();
        }

        /** {@code a -> b} in the direction of travel, Alembic style. */
        public String arrow() {
            String from = String.join(",", headsBefore);
            String to = String.join(",", headsAfter);
            return (from.isEmpty() ? "base" : from) + " -> " + (to.isEmpty() ? "base" : to);
        }
    }

    public List<String> endHeads() {
        return steps.isEmpty() ? startHeads : steps.get(steps.size() - 1).headsAfter();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Applies everything {@code goal} needs that is not applied yet, parents and dependencies first. */
    public static RevisionPath upgrade(RevisionGraph graph, List<String> currentHeads, Collection<String> goal) {
        Set<String> applied = new LinkedHashSet<>(graph.ancestorsOf(currentHeads));
        Set<String> wanted = graph.ancestorsOf(goal);
        List<String> todo = graph.sorted(wanted.stream().filter(id -> !applied.contains(id)).toList());
        List<Step> steps = new ArrayList<>();
        for (String id : todo) {
            List<String> before = graph.headsOf(applied);
            applied.add(id);
            steps.add(new Step(graph.get(id), Direction.UPGRADE, before, graph.headsOf(applied)));
        }
        return new RevisionPath(Direction.UPGRADE, graph.headsOf(graph.ancestorsOf(currentHeads)), steps);
    }

    /**
     * Reverts every applied revision that descends from {@code goal} (not {@code goal} itself), children and
     * dependents first; an empty goal means base: revert everything.
     */
    public static RevisionPath downgrade(RevisionGraph graph, List<String> currentHeads, Collection<String> goal) {
        Set<String> applied = new LinkedHashSet<>(graph.ancestorsOf(currentHeads));
        Set<String> remove = new LinkedHashSet<>(goal.isEmpty() ? applied : graph.descendantsOf(goal));
        remove.removeAll(goal);
        remove.retainAll(applied);
        List<String> todo = new ArrayList<>(graph.sorted(remove));
        java.util.Collections.reverse(todo);
        List<Step> steps = new ArrayList<>();
        for (String id : todo) {
            RevisionScript script = graph.get(id);
            if (!script.reversible()) {
                throw new MigrationException(script.file() + ": revision " + id + " has no '-- migrate:downgrade' "
                        + "section, so it cannot be reverted; nothing was run");
            }
            List<String> before = graph.headsOf(applied);
            applied.remove(id);
            steps.add(new Step(script, Direction.DOWNGRADE, before, graph.headsOf(applied)));
        }
        return new RevisionPath(Direction.DOWNGRADE, graph.headsOf(graph.ancestorsOf(currentHeads)), steps);
    }
}
