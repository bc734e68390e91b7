package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.Sequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Sequences (not those of identity columns, which are their column's): every option changes in place. */
final class SequenceKind implements Kind<Sequence> {
    static final SequenceKind INSTANCE = new SequenceKind();

    @Override
    public Class<Sequence> type() {
        return Sequence.class;
    }

    /** Its position goes with it. */
    @Override
    public Set<Hazard> dropHazards(Sequence s) {
        return EnumSet.of(Hazard.DATA_LOSS);
    }

    /** A sequence owned by a column goes with its table. */
    @Override
    public List<ObjectId> droppedWith(Sequence s) {
        return s.ownedByTable() == null ? List.of() : List.of(s.ownedByTable());
    }

    /** The options of a sequence, as CREATE SEQUENCE and an identity column's SEQUENCE NAME take them. */
    static String options(long start, long increment, long min, long max, long cache, boolean cycle) {
        return " START WITH " + start + " INCREMENT BY " + increment + " MINVALUE " + min + " MAXVALUE " + max
                + " CACHE " + cache + (cycle ? " CYCLE" : " NO CYCLE");
    }

    @Override
    public List<String> create(Sequence s) {
        String name = qualify(s.schema(), s.name());
        String ownedBy = s.ownedByTable() == null ? null
                : " OWNED BY " + s.ownedByTable().qualifiedName() + "." + quote(s.ownedByColumn());
        // An owned sequence must have its table's owner: given to it before OWNED BY links them.
        boolean ownerFirst = ownedBy != null && s.owner() != null;
        List<String> out = new ArrayList<>();
        out.add("CREATE " + (s.unlogged() ? "UNLOGGED " : "") + "SEQUENCE " + name + " AS " + s.dataType()
                + options(s.start(), s.increment(), s.min(), s.max(), s.cache(), s.cycle())
                + (ownedBy == null || ownerFirst ? "" : ownedBy) + ";");
        out.addAll(Decorations.owner("SEQUENCE", name, null, s.owner()));
        if (ownerFirst) {
            out.add("ALTER SEQUENCE " + name + ownedBy + ";");
        }
        out.addAll(Decorations.comment("SEQUENCE " + name, null, s.comment()));
        out.addAll(Decorations.privileges("SEQUENCE " + name, Privileges.DEFAULT, s.privileges()));
        return out;
    }

    @Override
    public List<String> drop(Sequence s) {
        return List.of("DROP SEQUENCE " + s.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(Sequence b, Sequence a, CatalogSnapshot from) {
        String name = qualify(a.schema(), a.name());
        AlterStatements out = new AlterStatements(a.id());
        StringBuilder sb = new StringBuilder();
        if (!b.dataType().equals(a.dataType())) {
            sb.append(" AS ").append(a.dataType());
        }
        if (b.increment() != a.increment()) {
            sb.append(" INCREMENT BY ").append(a.increment());
        }
        if (b.min() != a.min()) {
            sb.append(" MINVALUE ").append(a.min());
        }
        if (b.max() != a.max()) {
            sb.append(" MAXVALUE ").append(a.max());
        }
        if (b.start() != a.start()) {
            sb.append(" START WITH ").append(a.start());
        }
        if (b.cache() != a.cache()) {
            sb.append(" CACHE ").append(a.cache());
        }
        if (b.cycle() != a.cycle()) {
            sb.append(a.cycle() ? " CYCLE" : " NO CYCLE");
        }
        // The old start outside the new bounds means the sequence would stand outside them too: restart it.
        boolean restart = b.start() < a.min() || b.start() > a.max();
        if (restart) {
            sb.append(" RESTART WITH ").append(a.start());
        }
        if (!Objects.equals(b.ownedByTable(), a.ownedByTable())
                || !Objects.equals(b.ownedByColumn(), a.ownedByColumn())) {
            sb.append(" OWNED BY ").append(a.ownedByTable() == null ? "NONE"
                    : a.ownedByTable().qualifiedName() + "." + quote(a.ownedByColumn()));
        }
        if (sb.length() > 0) {
            out.add("ALTER SEQUENCE " + name + sb + ";", restart ? new Hazard[] {Hazard.DATA_LOSS} : new Hazard[0]);
        }
        if (b.unlogged() != a.unlogged()) {
            out.add("ALTER SEQUENCE " + name + (a.unlogged() ? " SET UNLOGGED;" : " SET LOGGED;"));
        }
        if (a.ownedByTable() == null) { // an owned sequence has its table's owner, which PostgreSQL keeps in step
            out.addAll(Decorations.owner("SEQUENCE", name, b.ownedByTable() == null ? b.owner() : a.owner(),
                    a.owner()));
        }
        out.addAll(Decorations.comment("SEQUENCE " + name, b.comment(), a.comment()));
        out.addAll(Decorations.privileges("SEQUENCE " + name, b.privileges(), a.privileges()));
        return out.alteration();
    }
}
