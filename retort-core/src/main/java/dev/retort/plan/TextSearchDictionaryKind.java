package dev.retort.plan;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.TextSearchDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text search dictionaries: options, owner and comment change in place, the template by a rebuild. */
final class TextSearchDictionaryKind implements Kind<TextSearchDictionary> {
    static final TextSearchDictionaryKind INSTANCE = new TextSearchDictionaryKind();

    @Override
    public Class<TextSearchDictionary> type() {
        return TextSearchDictionary.class;
    }

    @Override
    public List<String> create(TextSearchDictionary d) {
        List<String> options = new ArrayList<>();
        options.add("TEMPLATE = " + d.template());
        options.addAll(d.options());
        List<String> out = new ArrayList<>();
        out.add("CREATE TEXT SEARCH DICTIONARY " + d.id().qualifiedName() + " (" + String.join(", ", options) + ");");
        out.addAll(Decorations.owner("TEXT SEARCH DICTIONARY", d.id().qualifiedName(), null, d.owner()));
        out.addAll(Decorations.comment("TEXT SEARCH DICTIONARY " + d.id().qualifiedName(), null, d.comment()));
        return out;
    }

    @Override
    public List<String> drop(TextSearchDictionary d) {
        return List.of("DROP TEXT SEARCH DICTIONARY " + d.id().qualifiedName() + ";");
    }

    /** ALTER takes the options that change: a new value as {@code name = value}, a removed one by its name alone. */
    @Override
    public Alteration alter(TextSearchDictionary b, TextSearchDictionary a, CatalogSnapshot from) {
        if (!b.template().equals(a.template())) {
            return Alteration.REBUILD;
        }
        String name = a.id().qualifiedName();
        List<String> out = new ArrayList<>();
        if (!b.options().equals(a.options())) {
            Map<String, String> before = byName(b.options());
            Map<String, String> after = byName(a.options());
            List<String> changes = new ArrayList<>();
            after.forEach((option, text) -> {
                if (!text.equals(before.get(option))) {
                    changes.add(text);
                }
            });
            before.keySet().stream().filter(option -> !after.containsKey(option)).forEach(changes::add);
            if (!changes.isEmpty()) {
                out.add("ALTER TEXT SEARCH DICTIONARY " + name + " (" + String.join(", ", changes) + ");");
            }
        }
        out.addAll(Decorations.owner("TEXT SEARCH DICTIONARY", name, b.owner(), a.owner()));
        out.addAll(Decorations.comment("TEXT SEARCH DICTIONARY " + name, b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    private static Map<String, String> byName(List<String> options) {
        Map<String, String> map = new LinkedHashMap<>();
        options.forEach(o -> map.put(TextSearchDictionary.optionName(o), o));
        return map;
    }
}
