package dev.retort.plan;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.TextSearchTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Text search templates: no ALTER but for the comment (and renames); any other change is a rebuild. */
final class TextSearchTemplateKind implements Kind<TextSearchTemplate> {
    static final TextSearchTemplateKind INSTANCE = new TextSearchTemplateKind();

    @Override
    public Class<TextSearchTemplate> type() {
        return TextSearchTemplate.class;
    }

    @Override
    public List<String> create(TextSearchTemplate t) {
        List<String> out = new ArrayList<>();
        out.add("CREATE TEXT SEARCH TEMPLATE " + t.id().qualifiedName() + " ("
                + (t.init() == null ? "" : "INIT = " + t.init() + ", ") + "LEXIZE = " + t.lexize() + ");");
        out.addAll(Decorations.comment("TEXT SEARCH TEMPLATE " + t.id().qualifiedName(), null, t.comment()));
        return out;
    }

    @Override
    public List<String> drop(TextSearchTemplate t) {
        return List.of("DROP TEXT SEARCH TEMPLATE " + t.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(TextSearchTemplate b, TextSearchTemplate a, CatalogSnapshot from) {
        if (!Objects.equals(b.init(), a.init()) || !b.lexize().equals(a.lexize())) {
            return Alteration.REBUILD;
        }
        return Alteration.of(a.id(),
                Decorations.comment("TEXT SEARCH TEMPLATE " + a.id().qualifiedName(), b.comment(), a.comment()));
    }
}
