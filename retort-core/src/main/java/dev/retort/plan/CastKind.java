package dev.retort.plan;

import dev.retort.catalog.Cast;
import dev.retort.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Casts: PostgreSQL has no ALTER CAST, so any change but the comment is a drop and a create. */
final class CastKind implements Kind<Cast> {
    static final CastKind INSTANCE = new CastKind();

    @Override
    public Class<Cast> type() {
        return Cast.class;
    }

    @Override
    public List<String> create(Cast c) {
        StringBuilder sb = new StringBuilder("CREATE CAST ").append(signature(c)).append(switch (c.method()) {
            case FUNCTION -> " WITH FUNCTION " + c.function();
            case BINARY -> " WITHOUT FUNCTION";
            case INOUT -> " WITH INOUT";
        }).append(switch (c.context()) {
            case EXPLICIT -> "";
            case ASSIGNMENT -> " AS ASSIGNMENT";
            case IMPLICIT -> " AS IMPLICIT";
        });
        List<String> out = new ArrayList<>();
        out.add(sb.append(';').toString());
        out.addAll(Decorations.comment("CAST " + signature(c), null, c.comment()));
        return out;
    }

    @Override
    public List<String> drop(Cast c) {
        return List.of("DROP CAST " + signature(c) + ";");
    }

    @Override
    public Alteration alter(Cast b, Cast a, CatalogSnapshot from) {
        if (b.method() != a.method() || b.context() != a.context()
                || !Objects.equals(b.function(), a.function())) {
            return Alteration.REBUILD;
        }
        return Alteration.of(a.id(), Decorations.comment("CAST " + signature(a), b.comment(), a.comment()));
    }

    private static String signature(Cast c) {
        return "(" + c.source() + " AS " + c.target() + ")";
    }
}
