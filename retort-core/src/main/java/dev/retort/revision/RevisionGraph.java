package dev.retort.revision;

import dev.retort.graph.TopologicalSort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The revisions of a project as a directed acyclic graph, Alembic style: each revision revises zero (a base), one or
 * several (a merge) parents and may depend on revisions of other branches. Built only from a consistent set of
 * scripts (no duplicate ids or labels, no missing parents, no cycles); immutable.
 *
 * <p>The state of a database is a set of applied revisions, closed under parents and dependencies. It is stored as
 * its {@linkplain #headsOf(Collection) heads}: the applied revisions none of whose children are applied.
 */
public final class RevisionGraph {
    private final Map<String, RevisionScript> byId;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependents;
    private final Map<String, String> labelOwners;
    private final List<String> order;
    private final Map<String, Integer> position;

    private RevisionGraph(Map<String, RevisionScript> byId, Map<String, List<String>> children,
                          Map<String, List<String>> dependents, Map<String, String> labelOwners, List<String> order) {
        this.byId = byId;
        this.children = children;
        this.dependents = dependents;
        this.labelOwners = labelOwners;
        this.order = order;
        this.position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
    }

    /** Checks the scripts and builds their graph; problems are {@link RevisionException}s naming files. */
    public static RevisionGraph of(Collection<RevisionScript> scripts) {
        Map<String, RevisionScript> byId = new LinkedHashMap<>();
        Map<String, String> labelOwners = new HashMap<>();
        for (RevisionScript s : scripts) {
            RevisionScript previous = byId.putIfAbsent(s.id(), s);
            if (previous != null) {
                throw new RevisionException("duplicate revision id " + s.id() + " in " + previous.file() + " and " + s.file());
            }
        }
        for (RevisionScript s : scripts) {
            for (String label : s.branchLabels()) {
                if (byId.containsKey(label)) {
                    throw new RevisionException(s.file() + ": branch label '" + label + "' is also a revision id");
                }
                String owner = labelOwners.putIfAbsent(label, s.id());
                if (owner != null) {
                    throw new RevisionException("branch label '" + label + "' is on two revisions: " + owner + " ("
                            + byId.get(owner).file() + ") and " + s.id() + " (" + s.file() + ")");
                }
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (RevisionScript s : byId.values()) {
            children.putIfAbsent(s.id(), new ArrayList<>());
            dependents.putIfAbsent(s.id(), new ArrayList<>());
        }
        for (RevisionScript s : byId.values()) {
            for (String parent : s.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new RevisionException(s.file() + ": revision " + s.id() + " revises " + parent
                            + ", which is not in the migrations directory");
                }
                children.get(parent).add(s.id());
            }
            for (String dependency : s.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new RevisionException(s.file() + ": revision " + s.id() + " depends on " + dependency
                            + ", which is not in the migrations directory");
                }
                dependents.get(dependency).add(s.id());
            }
        }
        List<String> order = topologicalOrder(byId, children, dependents);
        children.replaceAll((k, v) -> List.copyOf(v));
        dependents.replaceAll((k, v) -> List.copyOf(v));
        return new RevisionGraph(Map.copyOf(byId), Map.copyOf(children), Map.copyOf(dependents), Map.copyOf(labelOwners), order);
    }

    /** Parents and dependencies first; ties broken by create date, then id, so the order is stable. */
    private static List<String> topologicalOrder(Map<String, RevisionScript> byId, Map<String, List<String>> children,
                                                 Map<String, List<String>> dependents) {
        TopologicalSort.Result<String> result = TopologicalSort.sort(byId.keySet(),
                id -> concat(children.get(id), dependents.get(id)),
                Comparator.comparing((String id) -> byId.get(id).createDate()).thenComparing(id -> id));
        if (!result.stuck().isEmpty()) {
            throw new RevisionException("the revisions form a cycle: " + describeCycle(byId, Set.copyOf(result.stuck())));
        }
        return result.sorted();
    }

    private static String describeCycle(Map<String, RevisionScript> byId, Set<String> pending) {
        // Every revision left pending has a parent or dependency left pending: walk those until one repeats.
        String current = pending.stream().sorted().findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        while (!path.contains(current)) {
            path.add(current);
            RevisionScript s = byId.get(current);
            current = concat(s.parents(), s.dependsOn()).stream().filter(pending::contains).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        cycle.add(current);
        return cycle.stream().map(id -> id + " (" + byId.get(id).file().getFileName() + ")")
                .collect(Collectors.joining(" revises ")) ;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- queries ---------------------------------------------------------------------------------------------

    /** Every revision, parents and dependencies before what needs them. */
    public List<RevisionScript> revisions() {
        return order.stream().map(byId::get).toList();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public RevisionScript get(String id) {
        RevisionScript s = byId.get(id);
        if (s == null) {
            throw new RevisionException("no revision " + id + " in the migrations directory");
        }
        return s;
    }

    /** Revisions without children, in graph order. */
    public List<String> heads() {
        return order.stream().filter(id -> children.get(id).isEmpty()).toList();
    }

    /** Revisions without parents. */
    public List<String> bases() {
        return order.stream().filter(id -> byId.get(id).isBase()).toList();
    }

    /** The revisions whose parent lists name {@code id}. */
    public List<String> children(String id) {
        return children.get(get(id).id());
    }

    /** Branch points: revisions with more than one child. */
    public List<String> branchPoints() {
        return order.stream().filter(id -> children.get(id).size() > 1).toList();
    }

    /** The ids of {@code ids} and everything they (transitively) revise or depend on. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        return closure(ids, id -> concat(byId.get(id).parents(), byId.get(id).dependsOn()));
    }

    /** Whether {@code ancestor} is reached from {@code id} through parents alone (dependencies not followed). */
    public boolean revises(String id, String ancestor) {
        return !id.equals(ancestor) && closure(List.of(id), r -> byId.get(r).parents()).contains(ancestor);
    }

    /** The ids of {@code ids} and everything that (transitively) revises or depends on them. */
    public Set<String> descendantsOf(Collection<String> ids) {
        return closure(ids, id -> concat(children.get(id), dependents.get(id)));
    }

    /** The heads of an applied set: its revisions none of whose children are in it (what a version table stores). */
    public List<String> headsOf(Collection<String> applied) {
        Set<String> set = Set.copyOf(applied);
        return sorted(set).stream().filter(id -> children.get(id).stream().noneMatch(set::contains)).toList();
    }

    /** {@code ids} in graph order (parents first). */
    public List<String> sorted(Collection<String> ids) {
        return ids.stream().sorted(Comparator.comparing(position::get)).toList();
    }

    private Set<String> closure(Collection<String> start, java.util.function.Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String id : start) {
            todo.add(get(id).id());
        }
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }

    // ---- targets ---------------------------------------------------------------------------------------------

    /** A revision by id, unique id prefix, or branch label. */
    public RevisionScript resolve(String reference) {
        RevisionScript exact = byId.get(reference);
        if (exact != null) {
            return exact;
        }
        String owner = labelOwners.get(reference);
        if (owner != null) {
            return byId.get(owner);
        }
        List<String> matches = order.stream().filter(id -> id.startsWith(reference)).toList();
        if (matches.isEmpty()) {
            throw new RevisionException("no revision or branch label '" + reference + "' in the migrations directory");
        }
        if (matches.size() > 1) {
            throw new RevisionException("'" + reference + "' is ambiguous: it is a prefix of " + String.join(", ", matches)
                    + "; give more characters");
        }
        return byId.get(matches.get(0));
    }

    /** The single head of the whole graph. */
    public String singleHead() {
        List<String> heads = heads();
        if (heads.isEmpty()) {
            throw new RevisionException("there are no revisions yet (create one with 'retort revision -m MESSAGE')");
        }
        if (heads.size() > 1) {
            throw new RevisionException("there are several heads (" + String.join(", ", heads) + "): merge them with "
                    + "'retort merge -m MESSAGE heads', or name one (a revision id, <label>@head) or use 'heads'");
        }
        return heads.get(0);
    }

    /** The head of the branch a label names: the one head descending from the labelled revision. */
    public String labelHead(String label) {
        String owner = labelOwners.get(label);
        if (owner == null) {
            throw new RevisionException("no branch label '" + label + "' (labels: "
                    + (labelOwners.isEmpty() ? "none" : String.join(", ", labelOwners.keySet().stream().sorted().toList())) + ")");
        }
        Set<String> below = closure(List.of(owner), children::get);
        List<String> heads = heads().stream().filter(below::contains).toList();
        if (heads.size() > 1) {
            throw new RevisionException("branch " + label + " has several heads (" + String.join(", ", heads)
                    + "): merge them or name one");
        }
        return heads.get(0);
    }

    /**
     * The revisions an upgrade must reach (their ancestors get applied too), given the database's current heads.
     * Empty for {@code base}.
     */
    public Set<String> upgradeGoal(RevisionTarget target, Collection<String> currentHeads) {
        if (target instanceof RevisionTarget.Relative r) {
            if (r.steps() < 0) {
                throw new RevisionException("upgrade " + r.steps() + " goes down: use 'downgrade " + r.steps() + "'");
            }
            String from = singleCurrent(currentHeads, "upgrade +" + r.steps());
            if (from == null) {
                List<String> bases = bases();
                if (bases.size() != 1) {
                    throw new RevisionException(bases.isEmpty() ? "there are no revisions yet"
                            : "there are several bases (" + String.join(", ", bases) + "): name a revision to upgrade to");
                }
                return Set.of(stepUp(null, r.steps()));
            }
            return Set.of(stepUp(from, r.steps()));
        }
        if ((target instanceof RevisionTarget.Head || target instanceof RevisionTarget.Heads) && isEmpty()) {
            return Set.of(); // nothing to upgrade to is nothing to do, not an error
        }
        return goal(target);
    }

    /**
     * The revisions a downgrade keeps (what descends from them gets removed), given the current heads. Empty for
     * {@code base}: everything is removed.
     */
    public Set<String> downgradeGoal(RevisionTarget target, Collection<String> currentHeads) {
        if (target instanceof RevisionTarget.Relative r) {
            if (r.steps() > 0) {
                throw new RevisionException("downgrade +" + r.steps() + " goes up: use 'upgrade +" + r.steps() + "'");
            }
            String from = singleCurrent(currentHeads, "downgrade " + r.steps());
            if (from == null) {
                throw new RevisionException("the database has no revision applied: nothing to downgrade");
            }
            // Reverting a merge as the last step leaves both of its parents: -1 from a merge point unmerges.
            int steps = -r.steps();
            String last = steps == 1 ? from : stepDown(from, steps - 1);
            if (last != null && byId.get(last).isMerge()) {
                return new LinkedHashSet<>(byId.get(last).parents());
            }
            String to = stepDown(from, steps);
            return to == null ? Set.of() : Set.of(to);
        }
        return goal(target);
    }

    /** The revisions a target names, without reference to a database (stamp, and the shared cases above). */
    public Set<String> goal(RevisionTarget target) {
        if (target instanceof RevisionTarget.Head) {
            return Set.of(singleHead());
        } else if (target instanceof RevisionTarget.Heads) {
            return new LinkedHashSet<>(heads());
        } else if (target instanceof RevisionTarget.Base) {
            return Set.of();
        } else if (target instanceof RevisionTarget.Revision r) {
            return Set.of(resolve(r.reference()).id());
        } else if (target instanceof RevisionTarget.LabelHead l) {
            return Set.of(labelHead(l.label()));
        } else if (target instanceof RevisionTarget.Offset o) {
            String anchor = goal(o.anchor()).iterator().next();
            if (o.steps() > 0) {
                return Set.of(stepUp(anchor, o.steps()));
            }
            String to = stepDown(anchor, -o.steps());
            return to == null ? Set.of() : Set.of(to);
        }
        throw new RevisionException("'" + target + "' needs a database to be resolved against (relative targets "
                + "such as +1 or -1 count from the current revision)");
    }

    private static String singleCurrent(Collection<String> currentHeads, String what) {
        if (currentHeads.size() > 1) {
            throw new RevisionException("the database has several current heads (" + String.join(", ", currentHeads)
                    + "): '" + what + "' needs one; name a revision instead");
        }
        return currentHeads.isEmpty() ? null : currentHeads.iterator().next();
    }

    /** The revision {@code steps} children above {@code from} (null: the base, whose child is the single root). */
    private String stepUp(String from, int steps) {
        String current = from;
        String shown = from == null ? "base" : from;
        for (int i = 0; i < steps; i++) {
            List<String> next = current == null ? bases() : children.get(current);
            if (next.isEmpty()) {
                throw new RevisionException("cannot go " + steps + " up from " + shown + ": there "
                        + (i == 1 ? "is only 1 revision" : "are only " + i + " revisions") + " above it"
                        + (current == null ? "" : " (" + current + " is a head)"));
            }
            if (next.size() > 1) {
                throw new RevisionException("cannot go " + steps + " up from " + shown + ": "
                        + (current == null ? "the graph has several bases, " : current + " branches into ")
                        + String.join(", ", next) + "; name the revision to go to");
            }
            current = next.get(0);
        }
        return current;
    }

    /** The revision {@code steps} parents below {@code from}; null when that is exactly the base. */
    private String stepDown(String from, int steps) {
        String current = from;
        for (int i = 0; i < steps; i++) {
            if (current == null) {
                int below = i - 1;
                throw new RevisionException("cannot go " + steps + " down from " + from + ": there "
                        + (below == 1 ? "is only 1 revision" : "are only " + below + " revisions") + " below it");
            }
            List<String> parents = byId.get(current).parents();
            if (parents.size() > 1) {
                throw new RevisionException("cannot go " + steps + " down from " + from + ": " + current
                        + " merges " + String.join(", ", parents) + "; name the revision to go to");
            }
            current = parents.isEmpty() ? null : parents.get(0);
        }
        return current;
    }
}
