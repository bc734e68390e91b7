package dev.retort.project;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.UnmodifiableConfig;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code retort.toml} with a TOML parser (night-config), then expands <code>${NAME}</code> and
 * <code>${NAME:-default}</code> in string values from the environment (<code>$${</code> writes a literal
 * <code>${</code>), and
 * refuses keys it does not know, naming their line. Relative paths are resolved against the file's directory.
 */
public final class ConfigFile {
    /** The configuration's usual file name. */
    public static final String FILE_NAME = "retort.toml";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
    /** Older spellings: one filesystem directory instead of a list of locations. */
    private static final Map<String, Setting> DIRECTORY_KEYS = Map.of("migrations.directory", Setting.MIGRATIONS,
            "schema.directory", Setting.SCHEMA_LOCATIONS);

    private ConfigFile() {
    }

    /** The settings the file sets (only those), as Java values. */
    public static Map<Setting, Object> read(Path file, Map<String, String> environment) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 0, Files.exists(file) ? "cannot read: " + e.getMessage()
                    : "not found (create a project with 'retort init', or point --config at its retort.toml)");
        }
        return parse(file, text, environment);
    }

    /** As {@link #read}, from the file's text. */
    public static Map<Setting, Object> parse(Path file, String text, Map<String, String> environment) {
        Config config = toml(file, text);
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", config, flat);
        Path base = file.toAbsolutePath().getParent();
        Map<Setting, Object> values = new EnumMap<>(Setting.class);
        List<String> renames = new ArrayList<>();
        for (Map.Entry<String, Object> e : flat.entrySet()) {
            String key = e.getKey();
            if (key.equals(Setting.RENAMES.key()) || key.startsWith(Setting.RENAMES.key() + ".")) {
                // [renames]: "schema.table.column" = "old name"; the key is a name, not more settings.
                if (!key.contains(".")) {
                    continue; // an empty [renames]
                }
                Object old = expand(e.getValue(), environment, file, lineOf(text, key), key);
                if (!(old instanceof String o) || o.isBlank()) {
                    throw new ConfigException(file, lineOf(text, key), key + ": the old name, as a string");
                }
                renames.add(key.substring(Setting.RENAMES.key().length() + 1) + "=" + o.strip());
                values.put(Setting.RENAMES, List.copyOf(renames));
                continue;
            }
            int line = lineOf(text, key);
            Setting setting = Setting.byKey(key);
            Object raw = expand(e.getValue(), environment, file, line, key);
            if (setting == null && DIRECTORY_KEYS.containsKey(key)) {
                setting = DIRECTORY_KEYS.get(key);
                if (flat.containsKey(setting.key())) {
                    throw new ConfigException(file, line, key + " and " + setting.key() + " are both set: keep one");
                }
                if (!(raw instanceof String)) {
                    throw new ConfigException(file, line, key + " is one directory (a string)");
                }
                raw = List.of(raw);
            }
            if (setting == null) {
                TreeSet<String> known = new TreeSet<>(DIRECTORY_KEYS.keySet());
                for (Setting s : Setting.values()) {
                    known.add(s.key());
                }
                throw new ConfigException(file, line, "unknown setting " + key + " (known: " + String.join(", ", known) + ")");
            }
            values.put(setting, setting.read(raw, base, file + (line > 0 ? ":" + line : ""),
                    key.substring(key.lastIndexOf('.') + 1)));
        }
        return values;
    }

    private static Config toml(Path file, String text) {
        try {
            return new TomlParser().parse(text);
        } catch (ParsingException e) {
            throw new ConfigException(file, failingLine(text, e.getMessage()), "not valid TOML: " + e.getMessage());
        }
    }

    /**
     * The line a parse error is on: the parser does not say, so the first prefix of the file that fails the same
     * way tells (0 when none does, e.g. an unterminated multi-line value).
     */
    private static int failingLine(String text, String message) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            prefix.append(lines[i]).append('\n');
            try {
                new TomlParser().parse(prefix.toString());
            } catch (ParsingException e) {
                if (String.valueOf(e.getMessage()).equals(message)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static void flatten(String prefix, UnmodifiableConfig config, Map<String, Object> out) {
        for (UnmodifiableConfig.Entry entry : config.entrySet()) {
            String key = prefix + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof UnmodifiableConfig table) { // no setting takes a table: a table is more keys
                if (table.isEmpty() && !Setting.isTable(key)) {
                    out.put(key, table); // an empty unknown table, e.g. a misspelt [migration]: refused too
                }
                flatten(key + ".", table, out);
            } else {
                out.put(key, value);
            }
        }
    }

    private static Object expand(Object value, Map<String, String> env, Path file, int line, String key) {
        if (value instanceof String s) {
            return expand(s, env, file, line, key);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(expand(item, env, file, line, key));
            }
            return out;
        }
        return value;
    }

    private static String expand(String s, Map<String, String> env, Path file, int line, String key) {
        Matcher m = VARIABLE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$${")) {
                replacement = "${";
            } else {
                String v = env.get(m.group(1));
                if (v == null) {
                    v = m.group(2);
                }
                if (v == null) {
                    throw new ConfigException(file, line, key + " uses ${" + m.group(1) + "}, which is not set "
                            + "(set it, or write ${" + m.group(1) + ":-default})");
                }
                replacement = v;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The line that sets {@code dottedKey}: after its table's header ({@code [schema]}) and before the next, or
     * written in full as a dotted key; 0 when it cannot be found.
     */
    static int lineOf(String text, String dottedKey) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int dot = dottedKey.lastIndexOf('.');
        String table = dot < 0 ? "" : dottedKey.substring(0, dot);
        String leaf = dottedKey.substring(dot + 1);
        String current = "";
        Pattern header = Pattern.compile("\\s*\\[\\s*([^\\]\\s]+)\\s*]\\s*(#.*)?");
        for (int i = 0; i < lines.length; i++) {
            Matcher h = header.matcher(lines[i]);
            if (h.matches()) {
                current = h.group(1).replace("\"", "");
                if (current.equals(dottedKey)) {
                    return i + 1; // the key is a table
                }
                continue;
            }
            String k = keyOf(lines[i]);
            if (k == null) {
                continue;
            }
            String full = current.isEmpty() ? k : current + "." + k;
            if (full.equals(dottedKey) || (current.equals(table) && k.equals(leaf))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String keyOf(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return null;
        }
        String k = line.substring(0, eq).strip();
        return k.isEmpty() || k.startsWith("#") ? null : k.replace("\"", "").replace(" ", "");
    }

    /** A basic string literal for writing TOML. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
