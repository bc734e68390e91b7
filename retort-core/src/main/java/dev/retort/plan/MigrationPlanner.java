package dev.retort.plan;

import static dev.retort.plan.PlannedStatement.Action.ALTER;
import static dev.retort.plan.PlannedStatement.Action.CREATE;
import static dev.retort.plan.PlannedStatement.Action.DROP;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.ColumnDefault;
import dev.retort.catalog.Index;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Sequence;
import dev.retort.catalog.Table;
import dev.retort.diff.SchemaDiff;
import dev.retort.graph.TopologicalSort;
import dev.retort.plan.PlannedStatement.Action;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the difference between two snapshots into statements in an order that works.
 *
 * <p>Every object that differs becomes steps: a CREATE for a new one, a DROP for a removed one, an ALTER when
 * PostgreSQL can change it in place, else a DROP and a CREATE (a rebuild). Whatever depends on a rebuilt object is
 * rebuilt too, transitively, and so is whatever stands on a column being retyped or dropped. The steps are then
 * ordered by one dependency graph: creates and alters after what they need in the new schema, drops after
 * everything that needed the object in the old one. Ties are broken by identity, so the same two snapshots always
 * give the same script. The reverse plan is the same engine with the snapshots swapped.
 */
public final class MigrationPlanner {
    private final boolean online;

    /** A planner with the online recipes ({@link OnlineRecipes}): for a database in use. */
    public MigrationPlanner() {
        this(true);
    }

    /** @param online whether objects that exist already are changed with the online recipes ({@link OnlineRecipes}) */
    public MigrationPlanner(boolean online) {
        this.online = online;
    }

    /** The plan that turns {@code from} into {@code to}; throws {@link PlanException} if no order works. */
    public MigrationPlan plan(CatalogSnapshot from, CatalogSnapshot to) {
        SchemaDiff diff = SchemaDiff.between(from, to);
        PlanContext plan = new PlanContext(from, to);
        NewColumnDefaults newDefaults = plan.newDefaults();
        OnlineRecipes recipes = online ? new OnlineRecipes(from, to) : null;
        Map<ObjectId, Alteration> altered = new TreeMap<>();
        Set<ObjectId> rebuild = new TreeSet<>();
        for (ObjectId id : diff.changed()) {
            Alteration a = Kinds.alter(from.get(id), to.get(id), plan);
            Alteration replaced = a.rebuild() && recipes != null ? recipes.replace(from.get(id), to.get(id)) : null;
            a = replaced != null ? replaced : a;
            if (a.rebuild()) {
                rebuild.add(id);
            } else {
                altered.put(id, a);
                rebuild.addAll(a.rebuildAlso());
            }
        }
        rebuild = withDependents(from, rebuild);
        rebuild.addAll(survivingDependents(from, to, diff.removed()));
        rebuild.forEach(altered::remove);

        Steps steps = new Steps();
        for (ObjectId id : diff.removed()) {
            steps.add(id, DROP);
        }
        for (ObjectId id : rebuild) {
            steps.add(id, DROP);
            if (to.contains(id)) {
                steps.add(id, CREATE);
            }
        }
        // The default of a column added to an existing table is written into its ADD COLUMN where it can be.
        Map<ObjectId, ObjectId> inlinedDefaults = new TreeMap<>();
        Set<ObjectId> defaultsAfterwards = new TreeSet<>();
        for (ObjectId id : diff.added()) {
            ColumnDefault d = newDefaults.ofNewColumn(id);
            if (d != null && altered.containsKey(id.tableId())) {
                if (newDefaults.inlined(id.tableId(), column(to, d)) != null) {
                    inlinedDefaults.put(id, id.tableId());
                    continue;
                }
                defaultsAfterwards.add(id);
            }
            steps.add(id, CREATE);
        }
        altered.keySet().forEach(id -> steps.add(id, ALTER));
        inlinedDefaults.forEach((id, table) -> {
            for (ObjectId needed : to.dependencies().dependenciesOf(id)) {
                steps.order(steps.get(needed, CREATE), steps.get(table, ALTER));
                steps.order(steps.get(needed, ALTER), steps.get(table, ALTER));
            }
        });

        Set<ObjectId> dropped = steps.ids(DROP);
        for (Step step : steps.all()) {
            ObjectId id = step.id();
            if (step.action() == DROP) {
                ObjectId owner = droppedWith(from, dropped, id);
                if (!owner.equals(id)) {
                    steps.order(steps.get(owner, DROP), step);
                }
                for (ObjectId dependent : from.dependencies().dependentsOf(id)) {
                    if (droppedWith(from, dropped, dependent).equals(id)) {
                        continue;
                    }
                    steps.order(steps.get(dependent, DROP), step);
                    steps.order(steps.get(dependent, ALTER), step);
                }
                steps.order(step, steps.get(id, CREATE));
            } else {
                for (ObjectId needed : to.dependencies().dependenciesOf(id)) {
                    steps.order(steps.get(needed, CREATE), step);
                    steps.order(steps.get(needed, ALTER), step);
                }
                if (step.action() == ALTER) {
                    for (ObjectId dependent : from.dependencies().dependentsOf(id)) {
                        steps.order(steps.get(dependent, DROP), step);
                    }
                    // A sequence let go by its table (OWNED BY NONE, or another owner) before the table's drop
                    // would take it along.
                    if (from.get(id) instanceof Sequence s && s.ownedByTable() != null) {
                        steps.order(step, steps.get(s.ownedByTable(), DROP));
                    }
                    for (ObjectId also : altered.get(id).rebuildAlso()) {
                        steps.order(steps.get(also, DROP), step);
                        steps.order(step, steps.get(also, CREATE));
                    }
                }
            }
        }
        orderNameClashes(steps);

        List<PlannedStatement> statements = new ArrayList<>();
        for (Step step : steps.sorted()) {
            ObjectId id = step.id();
            switch (step.action()) {
                case DROP -> {
                    List<PlannedStatement> online = recipes == null ? null : recipes.drop(from.get(id));
                    if (online != null && droppedWith(from, dropped, id).equals(id)) {
                        statements.addAll(online);
                    } else if (droppedWith(from, dropped, id).equals(id)) {
                        for (String sql : Kinds.drop(from.get(id))) {
                            statements.add(new PlannedStatement(id, DROP, sql, Kinds.dropHazards(from.get(id)),
                                    PlannedStatement.Execution.TRANSACTION));
                        }
                    }
                }
                case ALTER -> statements.addAll(altered.get(id).statements());
                case CREATE -> {
                    boolean onExistingTable = onExistingTable(from, dropped, to.get(id));
                    List<PlannedStatement> online = recipes == null || defaultsAfterwards.contains(id) ? null
                            : recipes.create(to.get(id), onExistingTable);
                    if (online != null) {
                        statements.addAll(online);
                        continue;
                    }
                    List<String> sqls = defaultsAfterwards.contains(id)
                            ? newDefaults.setAfterwards((ColumnDefault) to.get(id)) : Kinds.create(to.get(id));
                    for (String sql : sqls) {
                        statements.add(new PlannedStatement(id, CREATE, sql,
                                Kinds.createHazards(to.get(id), onExistingTable), PlannedStatement.Execution.TRANSACTION));
                    }
                }
            }
        }
        // Statements that must be committed before others may use their effect (new enum values) go first; they
        // only need objects that exist already.
        statements = recipes != null ? recipes.finish(statements) : OnlineRecipes.sized(statements, from);
        List<PlannedStatement> ordered = new ArrayList<>(statements.stream()
                .filter(st -> st.execution() == PlannedStatement.Execution.COMMIT_FIRST).toList());
        statements.stream().filter(st -> st.execution() != PlannedStatement.Execution.COMMIT_FIRST)
                .forEach(ordered::add);
        TreeSet<String> skipped = new TreeSet<>(from.unmodelled());
        skipped.addAll(to.unmodelled());
        return new MigrationPlan(withoutBodyChecks(ordered), List.copyOf(skipped));
    }

    private static final Pattern SQL_BODY = Pattern.compile("(?m)^ LANGUAGE sql$(?![\\s\\S]*^BEGIN ATOMIC)");

    /**
     * PostgreSQL records no dependencies for a SQL function's string body, so a plan cannot order it after the
     * views and functions it reads. As pg_dump does, body checks are turned off for the rest of the transaction
     * before the first SQL routine is created or replaced: the body is checked when it is called.
     * ({@code BEGIN ATOMIC} bodies record their dependencies and are ordered by them.)
     */
    private static List<PlannedStatement> withoutBodyChecks(List<PlannedStatement> statements) {
        // SET LOCAL lasts for one transaction: once in each stretch of the plan that an autocommit statement ends.
        List<PlannedStatement> out = new ArrayList<>();
        boolean set = false;
        for (PlannedStatement st : statements) {
            if (!st.transactional()) {
                set = false;
            } else if (!set && st.action() != DROP && st.sql().startsWith("CREATE OR REPLACE ")
                    && SQL_BODY.matcher(st.sql()).find()) {
                out.add(new PlannedStatement(st.object(), st.action(), "SET LOCAL check_function_bodies = off;"));
                set = true;
            }
            out.add(st);
        }
        return out;
    }

    private static Column column(CatalogSnapshot to, ColumnDefault d) {
        return ((Table) to.get(d.id().tableId())).columns().stream().filter(c -> c.name().equals(d.column()))
                .findFirst().orElseThrow();
    }

    /**
     * What stands on a removed object and stays in {@code to}, transitively: it is dropped before the object and
     * created again after, even when its definition reads the same (a view on a table that becomes a view of the
     * same name, a default calling a function whose argument types change). Tables and sequences hold data and are
     * never rebuilt for this; the alteration that moves them off the removed object (a column retyped, OWNED BY
     * NONE) is ordered before its drop.
     */
    private static Set<ObjectId> survivingDependents(CatalogSnapshot from, CatalogSnapshot to, Set<ObjectId> removed) {
        Set<ObjectId> result = new TreeSet<>();
        Deque<ObjectId> queue = new ArrayDeque<>(removed);
        Set<ObjectId> seen = new HashSet<>(removed);
        while (!queue.isEmpty()) {
            for (ObjectId dependent : from.dependencies().dependentsOf(queue.pop())) {
                if (!from.contains(dependent) || !seen.add(dependent) || dependent.kind() == ObjectKind.TABLE
                        || dependent.kind() == ObjectKind.SEQUENCE) {
                    continue;
                }
                queue.add(dependent);
                if (to.contains(dependent)) {
                    result.add(dependent);
                }
            }
        }
        return result;
    }

    /** The objects and, transitively, everything in {@code from} that depends on them. */
    private static Set<ObjectId> withDependents(CatalogSnapshot from, Set<ObjectId> objects) {
        Set<ObjectId> result = new TreeSet<>(objects);
        Deque<ObjectId> queue = new ArrayDeque<>(objects);
        while (!queue.isEmpty()) {
            for (ObjectId dependent : from.dependencies().dependentsOf(queue.pop())) {
                if (from.contains(dependent) && result.add(dependent)) {
                    queue.add(dependent);
                }
            }
        }
        return result;
    }

    /** The dropped object whose DROP also removes this one (its kind says which can), else the object itself. */
    private static ObjectId droppedWith(CatalogSnapshot from, Set<ObjectId> dropped, ObjectId id) {
        for (ObjectId owner : Kinds.droppedWith(from.get(id))) {
            if (dropped.contains(owner)) {
                return owner;
            }
        }
        return id;
    }

    /** True when a new table part goes onto a table that already exists with its rows. */
    private static boolean onExistingTable(CatalogSnapshot from, Set<ObjectId> dropped, CatalogObject object) {
        if (!object.id().kind().isTablePart()) {
            return false;
        }
        ObjectId table = object.id().tableId();
        ObjectId matview = ObjectId.of(ObjectKind.MATERIALIZED_VIEW, table.schema(), table.name());
        return (from.contains(table) && !dropped.contains(table))
                || (object instanceof Index && from.contains(matview) && !dropped.contains(matview));
    }

    /**
     * A dropped object and a created one with the same name in the same schema (a table replaced by a view, an
     * index by a constraint) cannot coexist: the drop goes first.
     */
    private static void orderNameClashes(Steps steps) {
        Map<String, List<Step>> dropsByName = new HashMap<>();
        for (Step s : steps.all()) {
            if (s.action() == DROP && s.id().arguments() == null) {
                dropsByName.computeIfAbsent(s.id().schema() + "\u0000" + s.id().name(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Step s : steps.all()) {
            if (s.action() == CREATE && s.id().arguments() == null) {
                for (Step drop : dropsByName.getOrDefault(s.id().schema() + "\u0000" + s.id().name(), List.of())) {
                    steps.order(drop, s);
                }
            }
        }
    }

    private record Step(ObjectId id, Action action) {
    }

    /** The steps and the "must come before" edges between them; sorted deterministically. */
    private static final class Steps {
        private static final Comparator<Step> PRIORITY = Comparator.comparing(Step::action)
                .thenComparing((a, b) -> a.action() == DROP ? b.id().compareTo(a.id()) : a.id().compareTo(b.id()));
        private final Map<Step, Set<Step>> after = new TreeMap<>(PRIORITY);

        void add(ObjectId id, Action action) {
            Step step = new Step(id, action);
            after.putIfAbsent(step, new HashSet<>());
        }

        Step get(ObjectId id, Action action) {
            Step step = new Step(id, action);
            return after.containsKey(step) ? step : null;
        }

        List<Step> all() {
            return new ArrayList<>(after.keySet());
        }

        Set<ObjectId> ids(Action action) {
            Set<ObjectId> ids = new HashSet<>();
            after.keySet().stream().filter(s -> s.action() == action).forEach(s -> ids.add(s.id()));
            return ids;
        }

        /** {@code first} runs before {@code second}; either may be absent. */
        void order(Step first, Step second) {
            if (first != null && second != null && !first.equals(second)) {
                after.get(first).add(second);
            }
        }

        List<Step> sorted() {
            TopologicalSort.Result<Step> result = TopologicalSort.sort(after.keySet(), after::get, PRIORITY);
            if (!result.stuck().isEmpty()) {
                List<String> stuck = result.stuck().stream()
                        .map(s -> s.action().name().toLowerCase() + " " + s.id()).toList();
                throw new PlanException("No order of statements works: these steps wait on each other: "
                        + String.join("; ", stuck));
            }
            return result.sorted();
        }
    }
}
