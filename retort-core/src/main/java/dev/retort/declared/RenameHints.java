package dev.retort.declared;

import dev.retort.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rename hints written in declared SQL. {@code -- retort:renamed-from OLD} in the comment lines right above a
 * {@code CREATE} statement says the object it creates was called OLD; at the end of a line inside the statement, it
 * says so of the column declared on that line (of a {@code CREATE TABLE}, or an {@code ALTER TABLE ... ADD
 * COLUMN}), of the constraint ({@code CONSTRAINT name ...}) or of the enum value ({@code 'label'}).
 */
public final class RenameHints {
    private static final Pattern HINT = Pattern.compile(
            "--\\s*retort:renamed-from\\s+(\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*'|\\S+)\\s*$");
    private static final List<String> KINDS = List.of("materialized view", "table", "view", "sequence", "index",
            "type", "domain", "function", "procedure", "aggregate", "schema", "trigger", "policy");

    private RenameHints() {
    }

    /**
     * The hints of the statements.
     *
     * @throws DeclarationException for a hint on a statement or line it cannot belong to, naming file and line
     */
    public static List<RenameHint> of(List<DeclaredStatement> statements) {
        List<RenameHint> hints = new ArrayList<>();
        java.util.Map<DeclaredSource, String[]> sourceLinesOf = new java.util.IdentityHashMap<>();
        for (DeclaredStatement s : statements) {
            if (!s.source().sql().contains("retort:renamed-from")) {
                continue; // almost every source: nothing to read
            }
            String[] sourceLines = sourceLinesOf.computeIfAbsent(s.source(), src -> src.sql().split("\n", -1));
            for (int i = s.line() - s.source().firstLine() - 1; i >= 0 && i < sourceLines.length; i--) {
                String line = sourceLines[i].strip();
                if (!line.startsWith("--")) {
                    break;
                }
                Matcher m = HINT.matcher(line);
                if (m.find()) {
                    String origin = s.source().location(s.source().firstLine() + i);
                    hints.add(objectHint(s, old(m.group(1), origin), origin));
                }
            }
            String[] lines = s.sql().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = HINT.matcher(lines[i]);
                if (!m.find()) {
                    continue;
                }
                String origin = s.location(offsetOfLine(s.sql(), i));
                String old = old(m.group(1), origin);
                hints.add(i == 0 ? objectHint(s, old, origin) : lineHint(s, lines[i].substring(0, m.start()), old, origin));
            }
        }
        return hints;
    }

    private static int offsetOfLine(String sql, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = sql.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    private static String old(String written, String origin) {
        if (written.length() > 1 && written.startsWith("'") && written.endsWith("'")) {
            return written.substring(1, written.length() - 1).replace("''", "'");
        }
        try {
            List<String> parts = RenameHint.parsePath(written);
            if (parts.size() == 1) {
                return parts.get(0);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new DeclarationException(origin + ": retort:renamed-from "
                + written + ": expected the old name alone (an object keeps its schema, and a column its table)");
    }

    /** The hint of the comment above (or on the first line of) a CREATE statement: the object it creates. */
    private static RenameHint objectHint(DeclaredStatement s, String old, String origin) {
        String label = s.object();
        String kind = label == null ? null : KINDS.stream().filter(k -> label.startsWith(k + " ")).findFirst()
                .orElse(null);
        if (kind == null || !s.sql().regionMatches(true, 0, "CREATE", 0, 6)) {
            throw new DeclarationException(origin + ": retort:renamed-from belongs above the CREATE statement of "
                    + "a table, view, type, function, sequence, index, schema, trigger or policy");
        }
        String rest = label.substring(kind.length() + 1);
        int on = rest.indexOf(" on ");
        List<String> name = RenameHint.parsePath(on < 0 ? rest : rest.substring(0, on));
        List<String> path = new ArrayList<>();
        if (kind.equals("schema")) {
            path.add(name.get(0));
        } else if (kind.equals("trigger") || kind.equals("policy") || kind.equals("index")) {
            List<String> table = on < 0 ? List.of() : RenameHint.parsePath(rest.substring(on + 4));
            String schema = table.size() == 2 ? table.get(0) : null;
            path.add(kind.equals("index") && name.size() == 2 ? name.get(0) : schema);
            if (!kind.equals("index")) {
                path.add(table.get(table.size() - 1));
            }
            path.add(name.get(name.size() - 1));
        } else {
            path.add(name.size() == 2 ? name.get(0) : null);
            path.add(name.get(name.size() - 1));
        }
        return new RenameHint(path, old, origin);
    }

    /** The hint at the end of a line inside a statement: the column, constraint or enum value on that line. */
    private static RenameHint lineHint(DeclaredStatement s, String line, String old, String origin) {
        List<SqlLexer.Token> head = SqlLexer.tokenize(s.sql());
        boolean createTable = head.size() > 2 && head.get(0).is("CREATE") && s.object() != null
                && s.object().startsWith("table ");
        boolean alterTable = head.size() > 2 && head.get(0).is("ALTER") && head.get(1).is("TABLE");
        boolean createEnum = s.object() != null && s.object().startsWith("type ")
                && head.stream().anyMatch(t -> t.is("ENUM"));
        List<SqlLexer.Token> t = SqlLexer.tokenize(line);
        int i = 0;
        while (i < t.size() && (t.get(i).is("ADD") || t.get(i).is("COLUMN") || t.get(i).isSymbol("(")
                || t.get(i).isSymbol(","))) {
            i++;
        }
        List<String> table = null;
        if (createTable || createEnum) {
            table = RenameHint.parsePath(s.object().substring(s.object().indexOf(' ') + 1));
        } else if (alterTable) {
            int at = 2;
            while (at < head.size() && (head.get(at).is("IF") || head.get(at).is("EXISTS") || head.get(at).is("ONLY"))) {
                at++;
            }
            table = new ArrayList<>();
            table.add(head.get(at).identifier());
            if (at + 2 < head.size() && head.get(at + 1).isSymbol(".")) {
                table.add(head.get(at + 2).identifier());
            }
        }
        if (table == null || i >= t.size()) {
            throw new DeclarationException(origin + ": retort:renamed-from at the end of a line belongs to a "
                    + "column, constraint or enum value line of a CREATE TABLE, ALTER TABLE or CREATE TYPE ... AS ENUM");
        }
        List<String> path = new ArrayList<>();
        path.add(table.size() == 2 ? table.get(0) : null);
        path.add(table.get(table.size() - 1));
        if (createEnum && t.get(i).type() == SqlLexer.Type.STRING) {
            String text = t.get(i).text();
            path.add(text.substring(1, text.length() - 1).replace("''", "'"));
        } else if (t.get(i).is("CONSTRAINT") && i + 1 < t.size() && t.get(i + 1).isName()) {
            path.add(t.get(i + 1).identifier());
        } else if (!createEnum && t.get(i).isName()) {
            path.add(t.get(i).identifier());
        } else {
            throw new DeclarationException(origin + ": retort:renamed-from: no column, constraint or value starts "
                    + "this line");
        }
        return new RenameHint(path, old, origin);
    }
}
