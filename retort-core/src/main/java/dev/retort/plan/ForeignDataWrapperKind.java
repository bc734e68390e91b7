package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ForeignDataWrapper;
import dev.retort.catalog.Privileges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Foreign-data wrappers: everything changes in place (handler, validator, options, owner, comment, grants). */
final class ForeignDataWrapperKind implements Kind<ForeignDataWrapper> {
    static final ForeignDataWrapperKind INSTANCE = new ForeignDataWrapperKind();

    @Override
    public Class<ForeignDataWrapper> type() {
        return ForeignDataWrapper.class;
    }

    @Override
    public List<String> create(ForeignDataWrapper w) {
        String name = quote(w.name());
        List<String> out = new ArrayList<>();
        out.add("CREATE FOREIGN DATA WRAPPER " + name + (w.handler() == null ? "" : " HANDLER " + w.handler())
                + (w.validator() == null ? "" : " VALIDATOR " + w.validator()) + GenericOptions.create(w.options())
                + ";");
        out.addAll(Decorations.owner("FOREIGN DATA WRAPPER", name, null, w.owner()));
        out.addAll(Decorations.comment("FOREIGN DATA WRAPPER " + name, null, w.comment()));
        out.addAll(Decorations.privileges("FOREIGN DATA WRAPPER " + name, Privileges.DEFAULT, w.privileges()));
        return out;
    }

    @Override
    public List<String> drop(ForeignDataWrapper w) {
        return List.of("DROP FOREIGN DATA WRAPPER " + quote(w.name()) + ";");
    }

    @Override
    public Alteration alter(ForeignDataWrapper b, ForeignDataWrapper a, CatalogSnapshot from) {
        String name = quote(a.name());
        StringBuilder sb = new StringBuilder();
        if (!Objects.equals(b.handler(), a.handler())) {
            sb.append(a.handler() == null ? " NO HANDLER" : " HANDLER " + a.handler());
        }
        if (!Objects.equals(b.validator(), a.validator())) {
            sb.append(a.validator() == null ? " NO VALIDATOR" : " VALIDATOR " + a.validator());
        }
        sb.append(GenericOptions.alter(b.options(), a.options()));
        List<String> out = new ArrayList<>();
        if (sb.length() > 0) {
            out.add("ALTER FOREIGN DATA WRAPPER " + name + sb + ";");
        }
        out.addAll(Decorations.owner("FOREIGN DATA WRAPPER", name, b.owner(), a.owner()));
        out.addAll(Decorations.comment("FOREIGN DATA WRAPPER " + name, b.comment(), a.comment()));
        out.addAll(Decorations.privileges("FOREIGN DATA WRAPPER " + name, b.privileges(), a.privileges()));
        return Alteration.of(a.id(), out);
    }
}
