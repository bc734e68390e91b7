package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.qualify;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.AggregateSpec;
import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.Column;
import dev.retort.catalog.CompositeType;
import dev.retort.catalog.Domain;
import dev.retort.catalog.EnumType;
import dev.retort.catalog.Grant;
import dev.retort.catalog.Identity;
import dev.retort.catalog.MaterializedView;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.ReplicaIdentity;
import dev.retort.catalog.RangeType;
import dev.retort.catalog.Routine;
import dev.retort.catalog.Sequence;
import dev.retort.catalog.Table;
import dev.retort.catalog.TriggerState;
import dev.retort.catalog.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL that creates or drops one catalog object, comment, grants and (when managed) owner included. Knows the
 * syntax of every kind; knows nothing about order, which the planner decides.
 */
public final class DdlWriter {

    /** Statements creating the object as the snapshot describes it. */
    public List<String> create(CatalogObject object) {
        Kind<CatalogObject> kind = Kinds.ofObject(object);
        if (kind != null) {
            return kind.create(object);
        }
        List<String> out = new ArrayList<>();
        if (object instanceof Table t) {
            table(out, t);
        } else if (object instanceof View v) {
            String name = qualify(v.schema(), v.name());
            out.add("CREATE VIEW " + name + with(v.options()) + " AS\n" + v.definition() + ";");
            relationExtras(out, "VIEW", name, v.owner(), v.comment(), v.columns(), v.privileges());
        } else if (object instanceof MaterializedView m) {
            String name = qualify(m.schema(), m.name());
            out.add("CREATE MATERIALIZED VIEW " + name + (m.accessMethod() == null ? "" : " USING "
                    + quote(m.accessMethod())) + with(m.options()) + " AS\n" + m.definition()
                    + (m.populated() ? "\nWITH DATA;" : "\nWITH NO DATA;"));
            relationExtras(out, "MATERIALIZED VIEW", name, m.owner(), m.comment(), m.columns(), m.privileges());
        } else if (object instanceof Sequence s) {
            sequence(out, s);
        } else if (object instanceof EnumType e) {
            out.add("CREATE TYPE " + qualify(e.schema(), e.name()) + " AS ENUM ("
                    + e.labels().stream().map(l -> literal(l)).collect(Collectors.joining(", ")) + ");");
            typeExtras(out, "TYPE", qualify(e.schema(), e.name()), e.owner(), e.comment(), e.privileges());
        } else if (object instanceof CompositeType c) {
            out.add("CREATE TYPE " + qualify(c.schema(), c.name()) + " AS ("
                    + c.attributes().stream().map(a -> "\n    " + quote(a.name()) + " " + a.type()
                            + (a.collation() == null ? "" : " COLLATE " + a.collation()))
                            .collect(Collectors.joining(",")) + "\n);");
            typeExtras(out, "TYPE", qualify(c.schema(), c.name()), c.owner(), c.comment(), c.privileges());
        } else if (object instanceof Domain d) {
            domain(out, d);
        } else if (object instanceof RangeType r) {
            range(out, r);
        } else if (object instanceof Routine r) {
            routine(out, r);
        }
        return out;
    }

    /** Statements dropping the object. */
    public List<String> drop(CatalogObject object) {
        Kind<CatalogObject> kind = Kinds.ofObject(object);
        if (kind != null) {
            return kind.drop(object);
        }
        if (object instanceof Routine r) {
            return List.of("DROP " + routineKeyword(r) + " " + r.signature() + ";");
        }
        String keyword;
        if (object instanceof Table) {
            keyword = "TABLE";
        } else if (object instanceof View) {
            keyword = "VIEW";
        } else if (object instanceof MaterializedView) {
            keyword = "MATERIALIZED VIEW";
        } else if (object instanceof Sequence) {
            keyword = "SEQUENCE";
        } else if (object instanceof Domain) {
            keyword = "DOMAIN";
        } else {
            keyword = "TYPE";
        }
        return List.of("DROP " + keyword + " " + object.id().qualifiedName() + ";");
    }

    private void table(List<String> out, Table t) {
        String name = qualify(t.schema(), t.name());
        StringBuilder sb = new StringBuilder("CREATE ").append(t.unlogged() ? "UNLOGGED " : "").append("TABLE ")
                .append(name);
        if (t.isPartition()) {
            sb.append(" PARTITION OF ").append(t.parents().get(0));
            sb.append("\n    ").append(t.partitionBound());
        } else if (t.ofType() != null) {
            // The columns are the type's; only NOT NULL is the table's own.
            sb.append(" OF ").append(t.ofType());
            List<String> notNull = t.columns().stream().filter(Column::notNull)
                    .map(c -> quote(c.name()) + " WITH OPTIONS NOT NULL").toList();
            if (!notNull.isEmpty()) {
                sb.append(" (").append(String.join(", ", notNull)).append(")");
            }
        } else {
            List<String> columns = t.columns().stream().filter(c -> !c.inherited()).map(this::columnSql).toList();
            sb.append(" (").append(columns.isEmpty() ? "" : "\n    " + String.join(",\n    ", columns) + "\n")
                    .append(")");
            if (!t.parents().isEmpty()) {
                sb.append("\nINHERITS (").append(String.join(", ", t.parents())).append(")");
            }
        }
        if (t.partitionKey() != null) {
            sb.append("\nPARTITION BY ").append(t.partitionKey());
        }
        if (t.accessMethod() != null) {
            sb.append("\nUSING ").append(quote(t.accessMethod()));
        }
        sb.append(with(t.options()).replace(" WITH", "\nWITH")).append(';');
        out.add(sb.toString());
        if (t.rlsEnabled()) {
            out.add("ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;");
        }
        if (t.rlsForced()) {
            out.add("ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY;");
        }
        if (t.replicaIdentity() == ReplicaIdentity.FULL || t.replicaIdentity() == ReplicaIdentity.NOTHING) {
            out.add("ALTER TABLE " + name + " REPLICA IDENTITY " + t.replicaIdentity() + ";");
        }
        for (Column c : t.columns()) {
            out.addAll(columnSettings(name, c, null, c.settings()));
        }
        relationExtras(out, "TABLE", name, t.owner(), t.comment(), t.columns(), t.privileges());
    }

    String columnSql(Column c) {
        return columnSql(c, null, c.notNull());
    }

    /** A column definition with a DEFAULT written in (else null) and NOT NULL only when {@code notNull}. */
    String columnSql(Column c, String defaultExpression, boolean notNull) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (defaultExpression != null) {
            sb.append(" DEFAULT ").append(defaultExpression);
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generationExpression()).append(") ").append(c.generated());
        }
        if (c.identity() != null) {
            Identity id = c.identity();
            sb.append(" GENERATED ").append(id.always() ? "ALWAYS" : "BY DEFAULT").append(" AS IDENTITY (SEQUENCE NAME ")
                    .append(qualify(id.sequenceSchema(), id.sequenceName())).append(sequenceOptions(id.start(),
                            id.increment(), id.min(), id.max(), id.cache(), id.cycle())).append(')');
        }
        if (notNull) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    /** The ALTER COLUMN statements that take a column's settings from {@code before} to {@code after}. */
    static List<String> columnSettings(String table, Column c, Column.Settings before, Column.Settings after) {
        Column.Settings b = before == null ? new Column.Settings(null, null, null, List.of(), null) : before;
        Column.Settings a = after == null ? new Column.Settings(null, null, null, List.of(), null) : after;
        String alter = "ALTER TABLE " + table + " ALTER COLUMN " + quote(c.name());
        List<String> out = new ArrayList<>();
        if (!java.util.Objects.equals(b.statistics(), a.statistics())) {
            out.add(alter + " SET STATISTICS " + (a.statistics() == null ? -1 : a.statistics()) + ";");
        }
        if (!java.util.Objects.equals(b.storage(), a.storage())) {
            out.add(alter + " SET STORAGE " + (a.storage() == null ? b.defaultStorage() : a.storage()) + ";");
        }
        List<String> reset = b.options().stream().map(o -> o.substring(0, o.indexOf('=')))
                .filter(k -> a.options().stream().noneMatch(o -> o.startsWith(k + "="))).toList();
        if (!reset.isEmpty()) {
            out.add(alter + " RESET (" + String.join(", ", reset) + ");");
        }
        List<String> set = a.options().stream().filter(o -> !b.options().contains(o)).toList();
        if (!set.isEmpty()) {
            out.add(alter + " SET (" + String.join(", ", set) + ");");
        }
        if (!java.util.Objects.equals(b.compression(), a.compression())) {
            out.add(alter + " SET COMPRESSION " + (a.compression() == null ? "DEFAULT" : a.compression()) + ";");
        }
        return out;
    }

    static String sequenceOptions(long start, long increment, long min, long max, long cache, boolean cycle) {
        return " START WITH " + start + " INCREMENT BY " + increment + " MINVALUE " + min + " MAXVALUE " + max
                + " CACHE " + cache + (cycle ? " CYCLE" : " NO CYCLE");
    }

    private void sequence(List<String> out, Sequence s) {
        String name = qualify(s.schema(), s.name());
        String ownedBy = s.ownedByTable() == null ? null
                : " OWNED BY " + s.ownedByTable().qualifiedName() + "." + quote(s.ownedByColumn());
        // An owned sequence must have its table's owner: given to it before OWNED BY links them.
        boolean ownerFirst = ownedBy != null && s.owner() != null;
        out.add("CREATE " + (s.unlogged() ? "UNLOGGED " : "") + "SEQUENCE " + name + " AS " + s.dataType() + sequenceOptions(s.start(), s.increment(), s.min(),
                s.max(), s.cache(), s.cycle()) + (ownedBy == null || ownerFirst ? "" : ownedBy) + ";");
        owner(out, "SEQUENCE", name, s.owner());
        if (ownerFirst) {
            out.add("ALTER SEQUENCE " + name + ownedBy + ";");
        }
        comment(out, "SEQUENCE " + name, s.comment());
        privileges(out, "SEQUENCE " + name, s.privileges());
    }

    private void domain(List<String> out, Domain d) {
        String name = qualify(d.schema(), d.name());
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sb.append(" COLLATE ").append(d.collation());
        }
        if (d.defaultExpression() != null) {
            sb.append(" DEFAULT ").append(d.defaultExpression());
        }
        if (d.notNull()) {
            sb.append(" NOT NULL");
        }
        List<String> notValid = new ArrayList<>();
        for (Domain.Check check : d.checks()) {
            // CREATE DOMAIN takes no NOT VALID; such checks are added afterwards.
            if (check.definition().endsWith(" NOT VALID")) {
                notValid.add("ALTER DOMAIN " + name + " ADD CONSTRAINT " + quote(check.name()) + " "
                        + check.definition() + ";");
            } else {
                sb.append("\n    CONSTRAINT ").append(quote(check.name())).append(' ').append(check.definition());
            }
        }
        out.add(sb.append(';').toString());
        out.addAll(notValid);
        for (Domain.Check check : d.checks()) {
            comment(out, "CONSTRAINT " + quote(check.name()) + " ON DOMAIN " + name, check.comment());
        }
        typeExtras(out, "DOMAIN", name, d.owner(), d.comment(), d.privileges());
    }

    private void range(List<String> out, RangeType r) {
        String name = qualify(r.schema(), r.name());
        List<String> parts = new ArrayList<>(List.of("SUBTYPE = " + r.subtype()));
        if (r.subtypeOpclass() != null) {
            parts.add("SUBTYPE_OPCLASS = " + r.subtypeOpclass());
        }
        if (r.collation() != null) {
            parts.add("COLLATION = " + r.collation());
        }
        if (r.canonical() != null) {
            parts.add("CANONICAL = " + r.canonical());
        }
        if (r.subtypeDiff() != null) {
            parts.add("SUBTYPE_DIFF = " + r.subtypeDiff());
        }
        if (r.multirangeName() != null) {
            parts.add("MULTIRANGE_TYPE_NAME = " + r.multirangeName());
        }
        out.add("CREATE TYPE " + name + " AS RANGE (" + String.join(", ", parts) + ");");
        typeExtras(out, "TYPE", name, r.owner(), r.comment(), r.privileges());
    }

    private void routine(List<String> out, Routine r) {
        if (r.aggregate() == null) {
            out.add(r.definition().stripTrailing() + ";");
        } else {
            out.add(aggregate(r, r.aggregate()));
        }
        String keyword = routineKeyword(r);
        owner(out, keyword, r.signature(), r.owner());
        comment(out, keyword + " " + r.signature(), r.comment());
        privileges(out, r.kind() == ObjectKind.PROCEDURE ? "PROCEDURE " + r.grantSignature()
                : "FUNCTION " + r.grantSignature(), r.privileges());
    }

    private static String aggregate(Routine r, AggregateSpec a) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SFUNC", a.sfunc());
        p.put("STYPE", a.stype());
        p.put("SSPACE", a.sspace() == 0 ? null : Integer.toString(a.sspace()));
        p.put("FINALFUNC", a.finalfunc());
        p.put("FINALFUNC_EXTRA", a.finalfuncExtra() ? "" : null);
        p.put("FINALFUNC_MODIFY", a.finalfunc() == null ? null : modify(a.finalfuncModify(), a.kind()));
        p.put("COMBINEFUNC", a.combinefunc());
        p.put("SERIALFUNC", a.serialfunc());
        p.put("DESERIALFUNC", a.deserialfunc());
        p.put("INITCOND", a.initcond() == null ? null : literal(a.initcond()));
        p.put("MSFUNC", a.msfunc());
        p.put("MINVFUNC", a.minvfunc());
        p.put("MSTYPE", a.mstype());
        p.put("MSSPACE", a.msspace() == 0 ? null : Integer.toString(a.msspace()));
        p.put("MFINALFUNC", a.mfinalfunc());
        p.put("MFINALFUNC_EXTRA", a.mfinalfuncExtra() ? "" : null);
        p.put("MFINALFUNC_MODIFY", a.mfinalfunc() == null ? null : modify(a.mfinalfuncModify(), a.kind()));
        p.put("MINITCOND", a.minitcond() == null ? null : literal(a.minitcond()));
        p.put("SORTOP", a.sortop() == null ? null : "OPERATOR(" + a.sortop().replaceFirst("\\(.*$", "") + ")");
        p.put("PARALLEL", switch (a.parallel()) {
            case "s" -> "SAFE";
            case "r" -> "RESTRICTED";
            default -> null;
        });
        if (a.kind().equals("h")) {
            p.put("HYPOTHETICAL", "");
        }
        String body = p.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : " = " + e.getValue()))
                .collect(Collectors.joining(",\n    "));
        return "CREATE AGGREGATE " + qualify(r.schema(), r.name()) + "(" + (r.arguments().isEmpty() ? "*"
                : r.arguments()) + ") (\n    " + body + "\n);";
    }

    /** Only a FINALFUNC_MODIFY other than the kind's default is written. */
    private static String modify(String code, String aggKind) {
        String defaultCode = aggKind.equals("n") ? "r" : "w";
        if (code == null || code.equals(defaultCode)) {
            return null;
        }
        return switch (code) {
            case "r" -> "READ_ONLY";
            case "s" -> "SHAREABLE";
            default -> "READ_WRITE";
        };
    }

    /** The words that put a trigger or event trigger in a state ({@code ALTER ... <words> [TRIGGER name]}). */
    static String enableClause(TriggerState state) {
        return switch (state) {
            case ORIGIN -> "ENABLE";
            case DISABLED -> "DISABLE";
            case REPLICA -> "ENABLE REPLICA";
            case ALWAYS -> "ENABLE ALWAYS";
        };
    }

    private void relationExtras(List<String> out, String keyword, String name, String owner, String comment,
                                List<Column> columns, Privileges privileges) {
        owner(out, keyword, name, owner);
        comment(out, keyword + " " + name, comment);
        for (Column c : columns) {
            if (!c.inherited() || c.comment() != null) {
                comment(out, "COLUMN " + name + "." + quote(c.name()), c.comment());
            }
        }
        privileges(out, "TABLE " + name, privileges);
        for (Column c : columns) {
            Privileges cp = c.privileges();
            out.addAll(Decorations.columnPrivileges("TABLE " + name, c.name(), Privileges.DEFAULT, cp));
        }
    }

    private void typeExtras(List<String> out, String keyword, String name, String owner, String comment,
                            Privileges privileges) {
        owner(out, keyword, name, owner);
        comment(out, keyword + " " + name, comment);
        privileges(out, keyword + " " + name, privileges);
    }

    static void owner(List<String> out, String keyword, String name, String owner) {
        out.addAll(Decorations.owner(keyword, name, null, owner));
    }

    static void comment(List<String> out, String target, String comment) {
        out.addAll(Decorations.comment(target, null, comment));
    }

    static void privileges(List<String> out, String target, Privileges privileges) {
        out.addAll(Decorations.privileges(target, Privileges.DEFAULT, privileges));
    }

    static List<String> grantStatements(String target, List<Grant> grants, boolean revoke) {
        return Decorations.grantStatements(target, grants, revoke, "");
    }

    static String routineKeyword(Routine r) {
        return switch (r.kind()) {
            case PROCEDURE -> "PROCEDURE";
            case AGGREGATE -> "AGGREGATE";
            default -> "FUNCTION";
        };
    }

    static String with(List<String> options) {
        return options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")";
    }
}
