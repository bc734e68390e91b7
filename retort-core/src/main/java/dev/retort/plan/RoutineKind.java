package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.qualify;

import dev.retort.catalog.AggregateSpec;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Privileges;
import dev.retort.catalog.Routine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Functions, procedures and aggregates: one kind for the three, as they are one record read by one query from
 * {@code pg_proc} and differ only in a keyword (and in how an aggregate's CREATE is written). A function or
 * procedure is replaced in place where {@code CREATE OR REPLACE} allows.
 */
final class RoutineKind implements Kind<Routine> {
    static final RoutineKind INSTANCE = new RoutineKind();

    @Override
    public Class<Routine> type() {
        return Routine.class;
    }

    @Override
    public List<String> create(Routine r) {
        List<String> out = new ArrayList<>();
        out.add(r.aggregate() == null ? r.definition().stripTrailing() + ";" : aggregate(r, r.aggregate()));
        out.addAll(decorations(null, r));
        return out;
    }

    @Override
    public List<String> drop(Routine r) {
        return List.of("DROP " + keyword(r) + " " + r.signature() + ";");
    }

    @Override
    public Alteration alter(Routine b, Routine a, CatalogSnapshot from) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(b.definition(), a.definition()) || !Objects.equals(b.aggregate(), a.aggregate())) {
            // CREATE OR REPLACE keeps dependents, but PostgreSQL refuses it for a new result type, renamed or
            // re-moded parameters or removed defaults: those are dropped and created again, dependents around them.
            if (a.aggregate() != null || !Objects.equals(b.result(), a.result())
                    || !b.arguments().equals(a.arguments())) {
                return Alteration.REBUILD;
            }
            out.add(a.definition().stripTrailing() + ";");
        }
        out.addAll(decorations(b, a));
        return Alteration.of(a.id(), out);
    }

    static String keyword(Routine r) {
        return switch (r.kind()) {
            case PROCEDURE -> "PROCEDURE";
            case AGGREGATE -> "AGGREGATE";
            default -> "FUNCTION";
        };
    }

    /** Owner and comment name an aggregate as one; GRANT knows only functions and procedures. */
    private static List<String> decorations(Routine b, Routine a) {
        String keyword = keyword(a);
        List<String> out = new ArrayList<>(Decorations.owner(keyword, a.signature(), b == null ? null : b.owner(),
                a.owner()));
        out.addAll(Decorations.comment(keyword + " " + a.signature(), b == null ? null : b.comment(), a.comment()));
        out.addAll(Decorations.privileges((a.kind() == ObjectKind.PROCEDURE ? "PROCEDURE " : "FUNCTION ")
                + a.grantSignature(), b == null ? Privileges.DEFAULT : b.privileges(), a.privileges()));
        return out;
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
}
