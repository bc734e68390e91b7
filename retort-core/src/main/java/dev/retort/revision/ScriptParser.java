package dev.retort.revision;

import dev.retort.sql.SqlFiles;
import dev.retort.sql.SqlSourceException;
import dev.retort.sql.SqlStatement;
import dev.retort.sql.StatementSplitter;
import dev.retort.sql.TransactionControl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a revision file (the format is documented in docs/revisions.md): a header of {@code --} comments (message,
 * then {@code Revision ID:}, {@code Revises:}, {@code Create Date:}, optionally {@code Branch Labels:} and
 * {@code Depends On:}), then {@code -- migrate:upgrade} and optionally {@code -- migrate:downgrade} sections, and
 * optionally a {@code -- migrate:no-transaction} line. Every problem is a {@link ScriptFormatException} naming the
 * file and line.
 */
public final class ScriptParser {
    static final String FIELD_REVISION = "revision id";
    static final String FIELD_REVISES = "revises";
    static final String FIELD_CREATE_DATE = "create date";
    static final String FIELD_BRANCH_LABELS = "branch labels";
    static final String FIELD_DEPENDS_ON = "depends on";
    static final String FIELD_ALLOWED_HAZARDS = "allowed hazards";
    private static final List<String> FIELDS = List.of(FIELD_REVISION, FIELD_REVISES, FIELD_CREATE_DATE,
            FIELD_BRANCH_LABELS, FIELD_DEPENDS_ON, FIELD_ALLOWED_HAZARDS);
    private static final Pattern HAZARD_NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    private static final Pattern DIRECTIVE = Pattern.compile("--\\s*migrate:\\s*(\\S*)\\s*");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z ]{0,30}?)\\s*:(.*)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

    private ScriptParser() {
    }

    /** Parses the bytes of {@code file} (only its name is used; nothing is read from disk). */
    public static RevisionScript parse(Path file, byte[] content) {
        return parse(file, decode(file, content));
    }

    public static RevisionScript parse(Path file, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.indexOf('\0') >= 0) {
            int at = text.indexOf('\0');
            throw new ScriptFormatException(file, lineOf(text, at), "contains a NUL byte (at byte offset "
                    + text.substring(0, at).getBytes(StandardCharsets.UTF_8).length + "); is this a binary file?");
        }
        String[] lines = text.split("\r\n|\r|\n", -1);

        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        List<String> messageLines = new ArrayList<>();
        int i = 0;
        int firstDirective = -1;
        boolean noTransaction = false;
        int upgradeLine = -1;
        int downgradeLine = -1;
        StringBuilder upgrade = new StringBuilder();
        StringBuilder downgrade = new StringBuilder();
        StringBuilder section = null;
        List<Integer> upgradeAutocommit = new ArrayList<>();
        List<Integer> downgradeAutocommit = new ArrayList<>();

        for (; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            String stripped = line.strip();
            Matcher directive = DIRECTIVE.matcher(stripped);
            if (directive.matches()) {
                if (firstDirective < 0) {
                    firstDirective = i;
                }
                String name = directive.group(1).toLowerCase(Locale.ROOT);
                switch (name) {
                    case "upgrade" -> {
                        if (upgradeLine > 0) {
                            throw new ScriptFormatException(file, lineNo, "second '-- migrate:upgrade' (the first is on line " + upgradeLine + ")");
                        }
                        if (downgradeLine > 0) {
                            throw new ScriptFormatException(file, lineNo, "'-- migrate:upgrade' must come before '-- migrate:downgrade' (line " + downgradeLine + ")");
                        }
                        upgradeLine = lineNo;
                        section = upgrade;
                    }
                    case "downgrade" -> {
                        if (downgradeLine > 0) {
                            throw new ScriptFormatException(file, lineNo, "second '-- migrate:downgrade' (the first is on line " + downgradeLine + ")");
                        }
                        if (upgradeLine < 0) {
                            throw new ScriptFormatException(file, lineNo, "'-- migrate:downgrade' before any '-- migrate:upgrade'");
                        }
                        downgradeLine = lineNo;
                        section = downgrade;
                    }
                    case "no-transaction" -> {
                        if (noTransaction) {
                            throw new ScriptFormatException(file, lineNo, "second '-- migrate:no-transaction'");
                        }
                        noTransaction = true;
                    }
                    case "autocommit" -> {
                        if (section == null) {
                            throw new ScriptFormatException(file, lineNo, "'-- migrate:autocommit' before '-- migrate:"
                                    + "upgrade': it marks the statement after it, in a section");
                        }
                        (section == upgrade ? upgradeAutocommit : downgradeAutocommit).add(lineNo);
                    }
                    default -> throw new ScriptFormatException(file, lineNo, "unknown directive '" + stripped
                            + "' (expected -- migrate:upgrade, -- migrate:downgrade, -- migrate:no-transaction or "
                            + "-- migrate:autocommit)");
                }
                if (section != null) {
                    section.append('\n'); // keeps line numbers: section text line k is file line (start + k)
                }
                continue;
            }
            if (section != null) {
                section.append(line).append('\n');
                continue;
            }
            // Header (or between the header and '-- migrate:upgrade'): only comments and blank lines.
            if (stripped.isEmpty()) {
                continue;
            }
            if (!stripped.startsWith("--")) {
                throw new ScriptFormatException(file, lineNo, "SQL before '-- migrate:upgrade' (the header may hold "
                        + "only '--' comment lines): " + abbreviate(stripped));
            }
            if (firstDirective >= 0) {
                continue; // a comment between '-- migrate:no-transaction' and '-- migrate:upgrade'
            }
            headerLine(file, lineNo, stripped.substring(2).strip(), fields, fieldLines, messageLines);
        }
        if (upgradeLine < 0) {
            throw new ScriptFormatException(file, 0, "no '-- migrate:upgrade' line: a revision file needs one before its SQL");
        }

        String id = fields.get(FIELD_REVISION);
        if (id == null) {
            throw new ScriptFormatException(file, 0, "the header has no 'Revision ID:' line");
        }
        int idLine = fieldLines.get(FIELD_REVISION);
        List<String> ids = list(file, idLine, FIELD_REVISION, id);
        if (ids.size() != 1) {
            throw new ScriptFormatException(file, idLine, "'Revision ID:' must hold exactly one id, not '" + abbreviate(id) + "'");
        }
        id = ids.get(0);
        if (!fields.containsKey(FIELD_REVISES)) {
            throw new ScriptFormatException(file, 0, "the header has no 'Revises:' line (leave it empty for a base revision)");
        }
        List<String> parents = list(file, fieldLines.get(FIELD_REVISES), FIELD_REVISES, fields.get(FIELD_REVISES));
        List<String> labels = list(file, fieldLines.getOrDefault(FIELD_BRANCH_LABELS, 0), FIELD_BRANCH_LABELS,
                fields.getOrDefault(FIELD_BRANCH_LABELS, ""));
        List<String> depends = list(file, fieldLines.getOrDefault(FIELD_DEPENDS_ON, 0), FIELD_DEPENDS_ON,
                fields.getOrDefault(FIELD_DEPENDS_ON, ""));
        if (parents.contains(id) || depends.contains(id)) {
            throw new ScriptFormatException(file, fieldLines.get(parents.contains(id) ? FIELD_REVISES : FIELD_DEPENDS_ON),
                    "revision " + id + " cannot revise or depend on itself");
        }
        checkFileName(file, id, idLine);

        int upgradeStart = upgradeLine + 1;
        int sectionEnd = downgradeLine > 0 ? downgradeLine : lines.length + 1;
        List<SqlStatement> up = autocommit(file, split(file, upgrade.substring(1), upgradeStart),
                upgradeAutocommit, sectionEnd);
        List<SqlStatement> down = downgradeLine < 0 ? List.of()
                : autocommit(file, split(file, downgrade.substring(1), downgradeLine + 1),
                downgradeAutocommit, lines.length + 1);
        if (fields.containsKey(FIELD_ALLOWED_HAZARDS)) {
            for (String name : fields.get(FIELD_ALLOWED_HAZARDS).split("[,\\s]+")) {
                if (!name.isEmpty() && !HAZARD_NAME.matcher(name).matches()) {
                    throw new ScriptFormatException(file, fieldLines.get(FIELD_ALLOWED_HAZARDS), "'" + abbreviate(name)
                            + "' in 'Allowed Hazards:' is not a hazard name (lower case words joined by '-', "
                            + "e.g. data-loss)");
                }
            }
        }
        if (!noTransaction) {
            rejectTransactionControl(file, up);
            rejectTransactionControl(file, down);
        }
        return new RevisionScript(id, parents, labels, depends, message(messageLines),
                fields.getOrDefault(FIELD_CREATE_DATE, ""), !noTransaction, up, down, downgradeLine > 0, file,
                checksum(lines, firstDirective));
    }

    /**
     * Marks the statement after each {@code -- migrate:autocommit} line (the first one starting below it); refused
     * when the line stands inside a statement or no statement follows it in its section.
     */
    private static List<SqlStatement> autocommit(Path file, List<SqlStatement> statements, List<Integer> directives,
                                                 int sectionEnd) {
        if (directives.isEmpty()) {
            return statements;
        }
        List<SqlStatement> out = new ArrayList<>(statements);
        for (int directive : directives) {
            int next = -1;
            for (int k = 0; k < out.size(); k++) {
                SqlStatement st = out.get(k);
                int last = st.line() + (int) st.sql().chars().filter(ch -> ch == '\n').count();
                if (st.line() < directive && last >= directive) {
                    throw new ScriptFormatException(file, directive, "'-- migrate:autocommit' inside the statement "
                            + "starting at line " + st.line() + ": put it on the line before a statement");
                }
                if (st.line() > directive) {
                    next = k;
                    break;
                }
            }
            int nextDirective = directives.stream().filter(d -> d > directive).findFirst().orElse(sectionEnd);
            if (next < 0 || out.get(next).line() > nextDirective || out.get(next).line() > sectionEnd) {
                throw new ScriptFormatException(file, directive, "'-- migrate:autocommit' is not followed by a "
                        + "statement (it marks the next statement of its section)");
            }
            out.set(next, out.get(next).autocommitted());
        }
        return out;
    }

    /** Retort wraps revisions in transactions itself; a COMMIT inside one would silently break the rollback guarantee. */
    private static List<SqlStatement> split(Path file, String text, int firstLine) {
        try {
            return StatementSplitter.split(file, text, firstLine);
        } catch (SqlSourceException e) {
            throw new ScriptFormatException(file, e.line(), e.problem());
        }
    }

    /** Savepoints are allowed: they work inside the revision's transaction. */
    private static void rejectTransactionControl(Path file, List<SqlStatement> statements) {
        for (SqlStatement st : statements) {
            if (TransactionControl.of(st.sql()) == TransactionControl.TRANSACTION) {
                throw new ScriptFormatException(file, st.line(), "'" + abbreviate(st.sql()) + "': Retort runs each "
                        + "revision in a transaction of its own making; remove the transaction control, or put "
                        + "'-- migrate:no-transaction' in the file to manage transactions yourself");
            }
        }
    }

    private static void headerLine(Path file, int lineNo, String comment, Map<String, String> fields,
                                   Map<String, Integer> fieldLines, List<String> messageLines) {
        Matcher m = FIELD.matcher(comment);
        String key = m.matches() ? m.group(1).strip().toLowerCase(Locale.ROOT) : null;
        if (key != null && FIELDS.contains(key)) {
            if (fields.containsKey(key)) {
                throw new ScriptFormatException(file, lineNo, "second '" + m.group(1).strip() + ":' line (the first is on line "
                        + fieldLines.get(key) + ")");
            }
            fields.put(key, m.group(2).strip());
            fieldLines.put(key, lineNo);
        } else if (fields.isEmpty()) {
            messageLines.add(comment);
        } else if (key != null) {
            // After the fields, "Key: value" is most likely a misspelt field: say so rather than ignore it.
            throw new ScriptFormatException(file, lineNo, "unknown header field '" + m.group(1).strip()
                    + ":' (known: Revision ID, Revises, Create Date, Branch Labels, Depends On, Allowed Hazards)");
        }
    }

    private static List<String> list(Path file, int lineNo, String field, String value) {
        List<String> out = new ArrayList<>();
        if (!value.isBlank()) {
            for (String part : value.split(",", -1)) {
                if (part.isBlank()) {
                    throw new ScriptFormatException(file, lineNo, "an empty entry in '" + displayName(field) + ": "
                            + abbreviate(value) + "' (a stray comma?)");
                }
            }
        }
        for (String part : LIST_SEPARATOR.split(value.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            if (!RevisionScript.isValidId(part)) {
                throw new ScriptFormatException(file, lineNo, "'" + abbreviate(part) + "' in '" + displayName(field)
                        + ":' is not a valid " + (field.equals(FIELD_BRANCH_LABELS) ? "branch label" : "revision id")
                        + " (1-64 letters, digits or underscores; not head, heads or base)");
            }
            if (out.contains(part)) {
                throw new ScriptFormatException(file, lineNo, "'" + part + "' appears twice in '" + displayName(field) + ":'");
            }
            out.add(part);
        }
        return out;
    }

    private static void checkFileName(Path file, String id, int idLine) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.equals(id.toLowerCase(Locale.ROOT) + ".sql") && !(fileName.startsWith(id + "_") && lower.endsWith(".sql"))) {
            throw new ScriptFormatException(file, idLine, "the header says 'Revision ID: " + id
                    + "' but the file name does not start with '" + id + "_' (expected " + id + "_<slug>.sql)");
        }
    }

    private static String message(List<String> lines) {
        List<String> kept = new ArrayList<>(lines);
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept).strip();
    }

    /** SHA-256 of the lines from the first directive on, trailing blanks and line-ending style ignored. */
    static String checksum(String[] lines, int from) {
        List<String> body = new ArrayList<>();
        for (int i = Math.max(from, 0); i < lines.length; i++) {
            body.add(lines[i].stripTrailing());
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String decode(Path file, byte[] content) {
        try {
            return SqlFiles.decodeUtf8(file, content);
        } catch (SqlSourceException e) {
            throw new ScriptFormatException(file, e.line(), e.problem());
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String displayName(String field) {
        return switch (field) {
            case FIELD_REVISION -> "Revision ID";
            case FIELD_REVISES -> "Revises";
            case FIELD_BRANCH_LABELS -> "Branch Labels";
            case FIELD_DEPENDS_ON -> "Depends On";
            default -> "Create Date";
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
