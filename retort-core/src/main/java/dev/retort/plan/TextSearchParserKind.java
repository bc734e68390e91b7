package dev.retort.plan;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.TextSearchParser;
import java.util.ArrayList;
import java.util.List;

/** Text search parsers: no ALTER but for the comment (and renames); any other change is a rebuild. */
final class TextSearchParserKind implements Kind<TextSearchParser> {
    static final TextSearchParserKind INSTANCE = new TextSearchParserKind();

    @Override
    public Class<TextSearchParser> type() {
        return TextSearchParser.class;
    }

    @Override
    public List<String> create(TextSearchParser p) {
        List<String> out = new ArrayList<>();
        out.add("CREATE TEXT SEARCH PARSER " + p.id().qualifiedName() + " (\n    START = " + p.start()
                + ",\n    GETTOKEN = " + p.getToken() + ",\n    END = " + p.end() + ",\n    LEXTYPES = " + p.lexTypes()
                + (p.headline() == null ? "" : ",\n    HEADLINE = " + p.headline()) + "\n);");
        out.addAll(Decorations.comment("TEXT SEARCH PARSER " + p.id().qualifiedName(), null, p.comment()));
        return out;
    }

    @Override
    public List<String> drop(TextSearchParser p) {
        return List.of("DROP TEXT SEARCH PARSER " + p.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(TextSearchParser b, TextSearchParser a, CatalogSnapshot from) {
        if (!b.equals(new TextSearchParser(a.schema(), a.name(), a.start(), a.getToken(), a.end(), a.lexTypes(),
                a.headline(), b.comment()))) {
            return Alteration.REBUILD;
        }
        return Alteration.of(a.id(),
                Decorations.comment("TEXT SEARCH PARSER " + a.id().qualifiedName(), b.comment(), a.comment()));
    }
}
