package dev.retort.plan;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.TextSearchConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text search configurations: created on their parser, then mapped token type by token type; mappings, owner and
 * comment change in place, the parser by a rebuild.
 */
final class TextSearchConfigurationKind implements Kind<TextSearchConfiguration> {
    static final TextSearchConfigurationKind INSTANCE = new TextSearchConfigurationKind();

    @Override
    public Class<TextSearchConfiguration> type() {
        return TextSearchConfiguration.class;
    }

    @Override
    public List<String> create(TextSearchConfiguration c) {
        String name = c.id().qualifiedName();
        List<String> out = new ArrayList<>();
        out.add("CREATE TEXT SEARCH CONFIGURATION " + name + " (PARSER = " + c.parser() + ");");
        byDictionaries(c.mappings()).forEach((dictionaries, tokens) -> out.add("ALTER TEXT SEARCH CONFIGURATION "
                + name + "\n    ADD MAPPING FOR " + String.join(", ", tokens) + " WITH " + dictionaries + ";"));
        out.addAll(Decorations.owner("TEXT SEARCH CONFIGURATION", name, null, c.owner()));
        out.addAll(Decorations.comment("TEXT SEARCH CONFIGURATION " + name, null, c.comment()));
        return out;
    }

    @Override
    public List<String> drop(TextSearchConfiguration c) {
        return List.of("DROP TEXT SEARCH CONFIGURATION " + c.id().qualifiedName() + ";");
    }

    @Override
    public Alteration alter(TextSearchConfiguration b, TextSearchConfiguration a, CatalogSnapshot from) {
        if (!b.parser().equals(a.parser())) {
            return Alteration.REBUILD;
        }
        String name = a.id().qualifiedName();
        List<String> out = new ArrayList<>();
        List<String> dropped = b.mappings().keySet().stream().filter(t -> !a.mappings().containsKey(t)).toList();
        if (!dropped.isEmpty()) {
            out.add("ALTER TEXT SEARCH CONFIGURATION " + name + "\n    DROP MAPPING FOR " + String.join(", ", dropped)
                    + ";");
        }
        Map<String, String> added = new LinkedHashMap<>();
        Map<String, String> changed = new LinkedHashMap<>();
        a.mappings().forEach((token, dictionaries) -> {
            String old = b.mappings().get(token);
            if (old == null) {
                added.put(token, dictionaries);
            } else if (!old.equals(dictionaries)) {
                changed.put(token, dictionaries);
            }
        });
        byDictionaries(changed).forEach((dictionaries, tokens) -> out.add("ALTER TEXT SEARCH CONFIGURATION " + name
                + "\n    ALTER MAPPING FOR " + String.join(", ", tokens) + " WITH " + dictionaries + ";"));
        byDictionaries(added).forEach((dictionaries, tokens) -> out.add("ALTER TEXT SEARCH CONFIGURATION " + name
                + "\n    ADD MAPPING FOR " + String.join(", ", tokens) + " WITH " + dictionaries + ";"));
        out.addAll(Decorations.owner("TEXT SEARCH CONFIGURATION", name, b.owner(), a.owner()));
        out.addAll(Decorations.comment("TEXT SEARCH CONFIGURATION " + name, b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    /** Token types grouped by the dictionaries they map to, so that one statement maps each group. */
    private static Map<String, List<String>> byDictionaries(Map<String, String> mappings) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        mappings.forEach((token, dictionaries) -> groups.computeIfAbsent(dictionaries, k -> new ArrayList<>())
                .add(token));
        return groups;
    }
}
