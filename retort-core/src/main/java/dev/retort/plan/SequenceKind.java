package dev.retort.plan;

import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Identity;
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

    /** The options a sequence and an identity column's sequence share. */
    record Options(long start, long increment, long min, long max, long cache, boolean cycle) {
        static Options of(Sequence s) {
            return new Options(s.start(), s.increment(), s.min(), s.max(), s.cache(), s.cycle());
        }

        static Options of(Identity i) {
            return new Options(i.start(), i.increment(), i.min(), i.max(), i.cache(), i.cycle());
        }

        /** All of them, as CREATE SEQUENCE and an identity column's {@code SEQUENCE NAME} take them. */
        String sql() {
            return " START WITH " + start + " INCREMENT BY " + increment + " MINVALUE " + min + " MAXVALUE " + max
                    + " CACHE " + cache + (cycle ? " CYCLE" : " NO CYCLE");
        }

        /**
         * The ones that differ from {@code before}, as ALTER SEQUENCE takes them or, with {@code set}, an identity
         * column's {@code ALTER COLUMN ... SET ...}.
         */
        String changesFrom(Options before, boolean set) {
            String word = set ? " SET" : "";
            StringBuilder sb = new StringBuilder();
            if (before.increment != increment) {
                sb.append(word).append(" INCREMENT BY ").append(increment);
            }
            if (before.min != min) {
                sb.append(word).append(" MINVALUE ").append(min);
            }
            if (before.max != max) {
                sb.append(word).append(" MAXVALUE ").append(max);
            }
            if (before.start != start) {
                sb.append(word).append(" START WITH ").append(start);
            }
            if (before.cache != cache) {
                sb.append(word).append(" CACHE ").append(cache);
            }
            if (before.cycle != cycle) {
                sb.append(word).append(cycle ? " CYCLE" : " NO CYCLE");
            }
            return sb.toString();
        }
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
                + Options.of(s).sql()
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
        sb.append(Options.of(a).changesFrom(Options.of(b), false));
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
