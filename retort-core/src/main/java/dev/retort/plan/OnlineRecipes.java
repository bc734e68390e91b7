package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;
import static dev.retort.plan.PlannedStatement.Action.ALTER;
import static dev.retort.plan.PlannedStatement.Action.CREATE;
import static dev.retort.plan.PlannedStatement.Action.DROP;
import static dev.retort.plan.PlannedStatement.Execution.AUTOCOMMIT;
import static dev.retort.plan.PlannedStatement.Execution.TRANSACTION;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.Constraint;
import dev.retort.catalog.ConstraintType;
import dev.retort.catalog.Index;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements for a database that is in use, for objects that exist already (a new table has no rows and no
 * readers, and needs none of this):
 * <ul>
 *   <li>indexes built and dropped {@code CONCURRENTLY} (in autocommit: PostgreSQL refuses them in a transaction
 *       block), and an index whose definition changes built anew under a temporary name, the old one dropped, the
 *       new one renamed;</li>
 *   <li>unique and primary-key constraints on an index built concurrently ({@code ADD CONSTRAINT ... USING
 *       INDEX});</li>
 *   <li>foreign keys and checks added {@code NOT VALID} and validated at the end of the plan, on their own (the
 *       validation takes a lock that lets writes through);</li>
 *   <li>{@code SET NOT NULL} proven first by a validated {@code CHECK (col IS NOT NULL)}, which PostgreSQL 12+ uses
 *       instead of scanning the table under an ACCESS EXCLUSIVE lock;</li>
 *   <li>a statement that rewrites an existing table noted with the table's size from the live catalog.</li>
 * </ul>
 * Each returns null where it does not apply, and the planner writes its usual statements.
 */
final class OnlineRecipes {
    private static final Pattern INDEX_HEAD = Pattern.compile("^CREATE (UNIQUE )?INDEX (\\S+|\"(?:[^\"]|\"\")+\") ON ");
    private static final Pattern KEY = Pattern.compile("^(UNIQUE(?: NULLS NOT DISTINCT)?|PRIMARY KEY) (\\([^()]+\\))"
            + "( INCLUDE \\([^()]+\\))?( DEFERRABLE(?: INITIALLY (?:DEFERRED|IMMEDIATE))?)?$");
    private static final int MAX_NAME = 63;

    private final CatalogSnapshot from;
    private final CatalogSnapshot to;
    private final List<PlannedStatement> later = new ArrayList<>();

    OnlineRecipes(CatalogSnapshot from, CatalogSnapshot to) {
        this.from = from;
        this.to = to;
    }

    /** A new index or constraint on a table that exists and keeps its rows, or null. */
    List<PlannedStatement> create(CatalogObject object, boolean onExistingTable) {
        if (!onExistingTable || unsuitable(object.id())) {
            return null;
        }
        if (object instanceof Index i) {
            List<PlannedStatement> out = new ArrayList<>();
            List<String> sql = IndexKind.INSTANCE.create(i);
            out.add(new PlannedStatement(i.id(), CREATE, concurrently(sql.get(0)), EnumSet.of(Hazard.INDEX_BUILD),
                    AUTOCOMMIT));
            sql.subList(1, sql.size()).forEach(s -> out.add(new PlannedStatement(i.id(), CREATE, s)));
            return out;
        }
        if (object instanceof Constraint c && (c.isForeignKey() || c.type() == ConstraintType.CHECK)
                && !c.definition().endsWith(" NOT VALID")) {
            List<String> sql = ConstraintKind.INSTANCE.create(c);
            List<PlannedStatement> out = new ArrayList<>();
            out.add(new PlannedStatement(c.id(), CREATE, sql.get(0).replaceFirst(";$", " NOT VALID;"),
                    Hazard.ACCESS_EXCLUSIVE_LOCK));
            sql.subList(1, sql.size()).forEach(s -> out.add(new PlannedStatement(c.id(), CREATE, s)));
            later.add(new PlannedStatement(c.id(), ALTER, "ALTER TABLE " + c.id().qualifiedTable()
                    + " VALIDATE CONSTRAINT " + quote(c.name()) + ";", Set.of(), AUTOCOMMIT));
            return out;
        }
        if (object instanceof Constraint c && c.type().hasIndex() && KEY.matcher(c.definition()).matches()) {
            List<PlannedStatement> out = new ArrayList<>(keyOnIndex(c, c.name(), CREATE));
            List<String> sql = ConstraintKind.INSTANCE.create(c);
            sql.subList(1, sql.size()).forEach(s -> out.add(new PlannedStatement(c.id(), CREATE, s)));
            return out;
        }
        return null;
    }

    /** Dropping an index the new schema does not have, from a table that stays, or null. */
    List<PlannedStatement> drop(CatalogObject object) {
        if (!(object instanceof Index i) || to.contains(i.id()) || !from.contains(i.id().tableId())
                && !from.contains(ObjectId.of(ObjectKind.MATERIALIZED_VIEW, i.schema(), i.table()))
                || unsuitable(i.id())) {
            return null;
        }
        return List.of(new PlannedStatement(i.id(), DROP, "DROP INDEX CONCURRENTLY " + i.id().qualifiedName() + ";",
                Set.of(), AUTOCOMMIT));
    }

    /**
     * A changed index or key constraint replaced without blocking writes, instead of dropped and created (the
     * planner's {@link Alteration#REBUILD}), or null: the new index is built concurrently under a temporary name,
     * then takes the old one's place.
     */
    Alteration replace(CatalogObject before, CatalogObject after) {
        if (unsuitable(after.id()) || !from.dependencies().dependentsOf(before.id()).isEmpty()) {
            return null; // what stands on the old index (a foreign key) would have to go first: rebuild it all
        }
        if (before instanceof Index b && after instanceof Index a && !b.replicaIdentity()
                && !b.definition().equals(a.definition()) && !onDroppedColumn(b)) {
            String temporary = temporaryName(a.name());
            List<PlannedStatement> out = new ArrayList<>();
            List<String> sql = IndexKind.INSTANCE.create(a);
            out.add(new PlannedStatement(a.id(), ALTER, concurrently(renamed(sql.get(0), temporary)),
                    EnumSet.of(Hazard.INDEX_BUILD), AUTOCOMMIT));
            out.add(new PlannedStatement(a.id(), ALTER, "DROP INDEX CONCURRENTLY " + b.id().qualifiedName() + ";",
                    Set.of(), AUTOCOMMIT));
            out.add(new PlannedStatement(a.id(), ALTER, "ALTER INDEX " + quote(a.schema()) + "." + quote(temporary)
                    + " RENAME TO " + quote(a.name()) + ";"));
            sql.subList(1, sql.size()).forEach(s -> out.add(new PlannedStatement(a.id(), ALTER, s)));
            return Alteration.of(out);
        }
        if (before instanceof Constraint b && after instanceof Constraint a && b.type().hasIndex()
                && b.type() == a.type() && KEY.matcher(a.definition()).matches()) {
            List<PlannedStatement> out = new ArrayList<>();
            String table = a.id().qualifiedTable();
            List<PlannedStatement> key = keyOnIndex(a, temporaryName(a.name()), ALTER);
            out.add(key.get(0));
            out.add(new PlannedStatement(a.id(), ALTER, "ALTER TABLE " + table + " DROP CONSTRAINT " + quote(b.name())
                    + ";", Hazard.ACCESS_EXCLUSIVE_LOCK));
            out.add(key.get(1));
            List<String> sql = ConstraintKind.INSTANCE.create(a);
            sql.subList(1, sql.size()).forEach(s -> out.add(new PlannedStatement(a.id(), ALTER, s)));
            return Alteration.of(out);
        }
        return null;
    }

    /** Whether the index stands on a column the plan drops, which takes the index along. */
    private boolean onDroppedColumn(Index index) {
        if (!(from.get(index.id().tableId()) instanceof Table before) || !(to.get(index.id().tableId()) instanceof Table after)) {
            return true;
        }
        for (Column c : before.columns()) {
            boolean kept = after.columns().stream().anyMatch(x -> x.name().equals(c.name())
                    && java.util.Objects.equals(x.generationExpression(), c.generationExpression()));
            if (!kept && from.dependencies().dependentsOfColumn(before.id(), c.name()).contains(index.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plan's statements with the recipes that need the whole plan: {@code SET NOT NULL} on an existing column
     * through a validated check, the deferred validations at the end, and rewrites noted with the table's size.
     */
    List<PlannedStatement> finish(List<PlannedStatement> statements) {
        List<PlannedStatement> out = new ArrayList<>();
        for (PlannedStatement st : statements) {
            List<PlannedStatement> notNull = notNull(st);
            out.addAll(notNull == null ? List.of(st) : notNull);
        }
        out.addAll(later);
        return sized(out, from);
    }

    /** Rewrites noted with the size of the table they rewrite, as the catalog had it. */
    static List<PlannedStatement> sized(List<PlannedStatement> statements, CatalogSnapshot from) {
        List<PlannedStatement> out = new ArrayList<>();
        for (PlannedStatement st : statements) {
            ObjectId table = st.object().kind().isTablePart() ? st.object().tableId() : st.object();
            CatalogSnapshot.TableSize size = from.sizes().get(table);
            out.add(st.hazards().contains(Hazard.TABLE_REWRITE) && size != null && st.note() == null
                    ? st.withNote(table.qualifiedName() + ": " + size.describe()) : st);
        }
        return out;
    }

    /** {@code ALTER COLUMN c SET NOT NULL} of a column that exists, as a check validated first; else null. */
    private List<PlannedStatement> notNull(PlannedStatement st) {
        if (st.action() != ALTER || st.object().kind() != ObjectKind.TABLE
                || !(from.get(st.object()) instanceof Table before) || !(to.get(st.object()) instanceof Table after)
                || after.partitionKey() != null) {
            return null;
        }
        String table = st.object().qualifiedName();
        for (Column c : after.columns()) {
            if (!c.notNull() || c.identity() != null || c.inherited()
                    || before.columns().stream().noneMatch(x -> x.name().equals(c.name()))
                    || !st.sql().equals("ALTER TABLE " + table + " ALTER COLUMN " + quote(c.name()) + " SET NOT NULL;")) {
                continue;
            }
            String check = quote(truncate("retort_not_null_" + c.name(), MAX_NAME));
            later.add(new PlannedStatement(st.object(), ALTER, "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check
                    + ";", Set.of(), AUTOCOMMIT));
            later.add(new PlannedStatement(st.object(), ALTER, st.sql(), Hazard.ACCESS_EXCLUSIVE_LOCK));
            later.add(new PlannedStatement(st.object(), ALTER, "ALTER TABLE " + table + " DROP CONSTRAINT " + check
                    + ";"));
            return List.of(new PlannedStatement(st.object(), ALTER, "ALTER TABLE " + table + " ADD CONSTRAINT " + check
                    + " CHECK (" + quote(c.name()) + " IS NOT NULL) NOT VALID;", Hazard.ACCESS_EXCLUSIVE_LOCK));
        }
        return null;
    }

    /**
     * A unique or primary-key constraint on an index built concurrently first under {@code indexName}: the build
     * (autocommit), then {@code ADD CONSTRAINT ... USING INDEX}, which renames the index to the constraint's name.
     */
    private static List<PlannedStatement> keyOnIndex(Constraint c, String indexName, PlannedStatement.Action action) {
        Matcher m = KEY.matcher(c.definition());
        if (!m.matches()) {
            throw new IllegalStateException("not a plain key: " + c.definition());
        }
        boolean primary = m.group(1).equals("PRIMARY KEY");
        String nulls = m.group(1).endsWith("NULLS NOT DISTINCT") ? " NULLS NOT DISTINCT" : "";
        String build = "CREATE UNIQUE INDEX CONCURRENTLY " + quote(indexName) + " ON " + c.id().qualifiedTable()
                + " USING btree " + m.group(2) + (m.group(3) == null ? "" : m.group(3)) + nulls + ";";
        String using = "ALTER TABLE " + c.id().qualifiedTable() + " ADD CONSTRAINT " + quote(c.name())
                + (primary ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + quote(indexName)
                + (m.group(4) == null ? "" : m.group(4)) + ";";
        return List.of(new PlannedStatement(c.id(), action, build, EnumSet.of(Hazard.INDEX_BUILD), AUTOCOMMIT),
                new PlannedStatement(c.id(), action, using, EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK), TRANSACTION));
    }

    /**
     * True unless a table part, and for an index or constraint of a partitioned table: PostgreSQL builds those
     * only in one statement (no CONCURRENTLY, no NOT VALID).
     */
    private boolean unsuitable(ObjectId part) {
        if (!part.kind().isTablePart()) {
            return true;
        }
        return from.get(part.tableId()) instanceof Table t && t.partitionKey() != null
                || to.get(part.tableId()) instanceof Table n && n.partitionKey() != null
                || from.get(part) instanceof Index i && i.definition().contains(" ON ONLY ")
                || to.get(part) instanceof Index j && j.definition().contains(" ON ONLY ");
    }

    private static String concurrently(String createIndex) {
        Matcher m = INDEX_HEAD.matcher(createIndex);
        if (!m.find()) {
            throw new IllegalStateException("not an index definition: " + createIndex);
        }
        return "CREATE " + (m.group(1) == null ? "" : m.group(1)) + "INDEX CONCURRENTLY "
                + createIndex.substring(m.start(2));
    }

    private static String renamed(String createIndex, String name) {
        Matcher m = INDEX_HEAD.matcher(createIndex);
        if (!m.find()) {
            throw new IllegalStateException("not an index definition: " + createIndex);
        }
        return createIndex.substring(0, m.start(2)) + quote(name) + createIndex.substring(m.end(2));
    }

    /** The name the replacement is built under; removed by the rename at the end. */
    static String temporaryName(String name) {
        return truncate(name, MAX_NAME - "__retort_new".length()) + "__retort_new";
    }

    private static String truncate(String name, int bytes) {
        String s = name;
        while (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > bytes) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
