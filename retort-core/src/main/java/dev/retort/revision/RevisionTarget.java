package dev.retort.revision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an upgrade, downgrade or stamp should go, as written on the command line: {@code head}, {@code heads},
 * {@code base}, a revision id or unique prefix or branch label, {@code +N} / {@code -N} (relative to the database's
 * current revision), {@code <label>@head}, and {@code <rev>+N} / {@code <rev>-N} (relative to a revision, where
 * {@code <rev>} may also be {@code head} or {@code <label>@head}). Resolved against a graph by {@link RevisionGraph}.
 */
public sealed interface RevisionTarget {
    /** The graph's single head. */
    record Head() implements RevisionTarget {
    }

    /** Every head of the graph. */
    record Heads() implements RevisionTarget {
    }

    /** Before the first revision: nothing applied. */
    record Base() implements RevisionTarget {
    }

    /** A revision id, a unique prefix of one, or a branch label. */
    record Revision(String reference) implements RevisionTarget {
    }

    /** The head of the branch a label names. */
    record LabelHead(String label) implements RevisionTarget {
    }

    /** N revisions up ({@code +N}) or down ({@code -N}) from where the database is now. */
    record Relative(int steps) implements RevisionTarget {
    }

    /** N revisions up or down from a revision ({@code <rev>+N}, {@code head-1}). */
    record Offset(RevisionTarget anchor, int steps) implements RevisionTarget {
    }

    Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d{1,6})");
    Pattern LABEL_HEAD = Pattern.compile("([A-Za-z0-9_]+)@head");

    static RevisionTarget parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new RevisionException("empty revision target (expected head, heads, base, a revision, +N, -N, "
                    + "<label>@head or <rev>+N)");
        }
        Matcher relative = RELATIVE.matcher(t);
        if (relative.matches()) {
            int n = Integer.parseInt(relative.group(3));
            if (n == 0) {
                throw new RevisionException("'" + t + "': a relative target needs a step count of at least 1");
            }
            int steps = relative.group(2).equals("+") ? n : -n;
            if (relative.group(1).isEmpty()) {
                return new Relative(steps);
            }
            RevisionTarget anchor = parseSimple(relative.group(1), t);
            if (anchor instanceof Heads || anchor instanceof Base) {
                throw new RevisionException("'" + t + "': steps can only be counted from a single revision, not from "
                        + relative.group(1));
            }
            return new Offset(anchor, steps);
        }
        return parseSimple(t, t);
    }

    private static RevisionTarget parseSimple(String t, String whole) {
        switch (t) {
            case "head":
                return new Head();
            case "heads":
                return new Heads();
            case "base":
                return new Base();
            default:
                break;
        }
        Matcher labelHead = LABEL_HEAD.matcher(t);
        if (labelHead.matches()) {
            return new LabelHead(labelHead.group(1));
        }
        if (!t.matches("[A-Za-z0-9_]{1,64}")) {
            throw new RevisionException("'" + ScriptParser.abbreviate(whole) + "' is not a revision target (expected "
                    + "head, heads, base, a revision id or prefix, a branch label, +N, -N, <label>@head or <rev>+N)");
        }
        return new Revision(t);
    }
}
