package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Constraint;
import dev.retort.catalog.ObjectId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Table constraints, as {@code pg_get_constraintdef} renders them; the index of a key or exclusion constraint is
 * part of it (its comment included). Only validating a NOT VALID constraint happens in place.
 */
final class ConstraintKind implements Kind<Constraint> {
    static final ConstraintKind INSTANCE = new ConstraintKind();

    @Override
    public Class<Constraint> type() {
        return Constraint.class;
    }

    /** A key or exclusion constraint builds its index under the table's lock. */
    @Override
    public Set<Hazard> createHazards(Constraint c, boolean onExistingTable) {
        if (!onExistingTable) {
            return Set.of();
        }
        return c.type().hasIndex() ? EnumSet.of(Hazard.INDEX_BUILD, Hazard.ACCESS_EXCLUSIVE_LOCK)
                : EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK);
    }

    /**
     * Foreign keys are dropped on their own, before their tables, so tables that reference each other can go in
     * any order; other constraints go with their table.
     */
    @Override
    public List<ObjectId> droppedWith(Constraint c) {
        return c.isForeignKey() ? List.of() : Kind.super.droppedWith(c);
    }

    @Override
    public List<String> create(Constraint c) {
        List<String> out = new ArrayList<>();
        out.add("ALTER TABLE " + c.id().qualifiedTable() + " ADD CONSTRAINT " + quote(c.name()) + " "
                + c.definition() + ";");
        out.addAll(comments(null, c));
        return out;
    }

    @Override
    public List<String> drop(Constraint c) {
        return List.of("ALTER TABLE " + c.id().qualifiedTable() + " DROP CONSTRAINT " + quote(c.name()) + ";");
    }

    @Override
    public Alteration alter(Constraint b, Constraint a, CatalogSnapshot from) {
        List<PlannedStatement> out = new ArrayList<>();
        if (!b.definition().equals(a.definition()) || b.type() != a.type()) {
            if (!b.definition().equals(a.definition() + " NOT VALID")) {
                return Alteration.REBUILD;
            }
            out.add(new PlannedStatement(a.id(), PlannedStatement.Action.ALTER, "ALTER TABLE "
                    + a.id().qualifiedTable() + " VALIDATE CONSTRAINT " + quote(a.name()) + ";",
                    Hazard.ACCESS_EXCLUSIVE_LOCK));
        }
        out.addAll(Alteration.of(a.id(), comments(b, a)).statements());
        return Alteration.of(out);
    }

    private static List<String> comments(Constraint b, Constraint a) {
        List<String> out = new ArrayList<>(Decorations.comment("CONSTRAINT " + quote(a.name()) + " ON "
                + a.id().qualifiedTable(), b == null ? null : b.comment(), a.comment()));
        out.addAll(Decorations.comment("INDEX " + qualify(a.schema(), a.name()), b == null ? null
                : b.indexComment(), a.indexComment()));
        return out;
    }
}
