package dev.retort.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the catalog queries from {@code sql/*.sql} resources and expands their macros ({@code :name(a, b)},
 * defined in {@code _macros.sql} with {@code $1}, {@code $2} for the arguments).
 */
final class CatalogQueries {
    private static final Pattern CALL = Pattern.compile(":([a-z_]+)\\(([a-z_]+)(?:,\\s*([a-z_]+))?\\)");
    private static final Map<String, String> MACROS = loadMacros();

    private CatalogQueries() {
    }

    static String load(String name) {
        String sql = read(name + ".sql");
        Matcher m = CALL.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = MACROS.get(m.group(1));
            if (body == null) {
                throw new IllegalStateException("unknown macro :" + m.group(1) + " in " + name + ".sql");
            }
            body = body.replace("$1", m.group(2)).replace("$2", m.group(3) == null ? "" : m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    private static Map<String, String> loadMacros() {
        Map<String, String> macros = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : read("_macros.sql").split("\n")) {
            if (line.startsWith("-- @macro ")) {
                if (name != null) {
                    macros.put(name, body.toString().strip());
                }
                name = line.substring("-- @macro ".length()).strip();
                body.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            macros.put(name, body.toString().strip());
        }
        return macros;
    }

    private static String read(String file) {
        try (InputStream in = CatalogQueries.class.getResourceAsStream("sql/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query resource sql/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
