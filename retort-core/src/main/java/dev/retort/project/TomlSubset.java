package dev.retort.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small part of TOML that {@code retort.toml} uses: {@code [table]} headers, {@code key = value} with
 * basic ("..") or literal ('..') strings, integers, booleans and one-line arrays of strings, and {@code #} comments. Anything else is a
 * {@link ConfigException} naming the line. Hand-written because retort-core depends on nothing but pgjdbc and slf4j.
 */
public final class TomlSubset {
    private static final Pattern TABLE = Pattern.compile("\\[\\s*([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)\\s*]");
    private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_-]+)\\s*=\\s*(.*)");

    /** A value and the line it was set on. */
    public record Entry(String value, int line) {
    }

    private TomlSubset() {
    }

    /** Dotted keys ({@code table.key}) to values (strings as their content; numbers and booleans as written). */
    public static Map<String, Entry> parse(Path file, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String table = "";
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher t = TABLE.matcher(stripComment(line));
            if (line.startsWith("[")) {
                if (!t.matches()) {
                    throw new ConfigException(file, lineNo, "malformed table header: " + line);
                }
                table = t.group(1) + ".";
                continue;
            }
            Matcher kv = KEY.matcher(line);
            if (!kv.matches()) {
                throw new ConfigException(file, lineNo, "expected 'key = value', found: " + line);
            }
            String key = table + kv.group(1);
            String value = value(file, lineNo, kv.group(2).strip());
            if (entries.putIfAbsent(key, new Entry(value, lineNo)) != null) {
                throw new ConfigException(file, lineNo, key + " is set twice (first on line " + entries.get(key).line() + ")");
            }
        }
        return entries;
    }

    private static String value(Path file, int lineNo, String raw) {
        if (raw.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            int i = 1;
            while (i < raw.length() && raw.charAt(i) != '"') {
                char c = raw.charAt(i);
                if (c == '\\') {
                    if (i + 1 >= raw.length()) {
                        break;
                    }
                    char e = raw.charAt(i + 1);
                    switch (e) {
                        case '"', '\\' -> sb.append(e);
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'u' -> {
                            if (i + 6 > raw.length() || !raw.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                                throw new ConfigException(file, lineNo, "malformed \\u escape (expected 4 hex digits)");
                            }
                            sb.append((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
                            i += 4;
                        }
                        default -> throw new ConfigException(file, lineNo, "unknown escape \\" + e + " in a string");
                    }
                    i += 2;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            if (i >= raw.length()) {
                throw new ConfigException(file, lineNo, "unterminated string (a \" is missing)");
            }
            rejectTrailing(file, lineNo, raw.substring(i + 1));
            return sb.toString();
        }
        if (raw.startsWith("'")) {
            int close = raw.indexOf('\'', 1);
            if (close < 0) {
                throw new ConfigException(file, lineNo, "unterminated string (a ' is missing)");
            }
            rejectTrailing(file, lineNo, raw.substring(close + 1));
            return raw.substring(1, close);
        }
        if (raw.startsWith("[")) {
            return array(file, lineNo, raw);
        }
        String bare = stripComment(raw).strip();
        if (bare.matches("[+-]?\\d+|true|false")) {
            return bare;
        }
        throw new ConfigException(file, lineNo, "unsupported value '" + raw + "' (retort.toml values are quoted "
                + "strings, integers or true/false)");
    }

    /** A one-line array of strings, returned comma-separated (the lists of retort.toml hold no commas). */
    private static String array(Path file, int lineNo, String raw) {
        List<String> items = new ArrayList<>();
        String rest = raw.substring(1).strip();
        while (!rest.startsWith("]")) {
            if (rest.isEmpty() || !(rest.startsWith("\"") || rest.startsWith("'"))) {
                throw new ConfigException(file, lineNo, "arrays hold quoted strings on one line: " + raw);
            }
            char quote = rest.charAt(0);
            int close = rest.indexOf(quote, 1);
            if (close < 0) {
                throw new ConfigException(file, lineNo, "unterminated string in an array: " + raw);
            }
            items.add(value(file, lineNo, rest.substring(0, close + 1)));
            rest = rest.substring(close + 1).strip();
            if (rest.startsWith(",")) {
                rest = rest.substring(1).strip();
            } else if (!rest.startsWith("]")) {
                throw new ConfigException(file, lineNo, "expected ',' or ']' in an array: " + raw);
            }
        }
        rejectTrailing(file, lineNo, rest.substring(1));
        return String.join(",", items);
    }

    private static void rejectTrailing(Path file, int lineNo, String rest) {
        String r = rest.strip();
        if (!r.isEmpty() && !r.startsWith("#")) {
            throw new ConfigException(file, lineNo, "unexpected text after the value: " + r);
        }
    }

    private static String stripComment(String s) {
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    /** A basic string literal for writing TOML. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
