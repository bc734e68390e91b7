package dev.retort.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether converting a column from one type to another can lose or refuse data (narrowing, or unrelated types). */
final class TypeChanges {
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint", "numeric");
    private static final List<String> FLOATS = List.of("real", "double precision");
    private static final Pattern MODIFIED = Pattern.compile("^(character varying|character|numeric|bit varying|"
            + "bit|timestamp|time|interval)(?:\\((\\d+)(?:,(\\d+))?\\))?(.*)$");

    private TypeChanges() {
    }

    private static final List<String> WIDENABLE = List.of("character varying", "bit varying", "numeric", "timestamp",
            "time");

    /**
     * Whether {@code ALTER COLUMN ... TYPE} rewrites the table: PostgreSQL keeps the rows as they are when the old
     * type is binary coercible to the new one and no value can fail the new modifier (a longer varchar, text from
     * varchar, more numeric precision at the same scale, more fractional seconds; a collation alone). Anything else
     * is assumed to rewrite.
     */
    static boolean rewrites(String from, String to) {
        if (from.equals(to)) {
            return false;
        }
        if (from.endsWith("[]") || to.endsWith("[]")) {
            return true; // an array's elements are converted one by one
        }
        boolean textual = from.equals("text") || from.startsWith("character varying");
        if (textual && (to.equals("text") || to.equals("character varying"))) {
            return false;
        }
        Matcher f = MODIFIED.matcher(from);
        Matcher t = MODIFIED.matcher(to);
        if (!f.matches() || !t.matches() || !f.group(1).equals(t.group(1)) || !f.group(4).equals(t.group(4))
                || !WIDENABLE.contains(f.group(1))) {
            return true;
        }
        if (t.group(2) == null) {
            return false; // unconstrained: every old value fits as it is
        }
        if (f.group(2) == null) {
            return true;
        }
        boolean wider = Integer.parseInt(t.group(2)) >= Integer.parseInt(f.group(2));
        if (f.group(1).equals("numeric")) {
            return !(wider && java.util.Objects.equals(f.group(3), t.group(3)));
        }
        return !wider;
    }

    static boolean mayLoseData(String from, String to) {
        if (from.equals(to)) {
            return false;
        }
        if (to.equals("text")) {
            return false;
        }
        int fi = INTEGERS.indexOf(from);
        int ti = INTEGERS.indexOf(to);
        if (fi >= 0 && ti >= 0) {
            return ti < fi;
        }
        if (FLOATS.contains(from) && FLOATS.contains(to)) {
            return FLOATS.indexOf(to) < FLOATS.indexOf(from);
        }
        Matcher f = MODIFIED.matcher(from);
        Matcher t = MODIFIED.matcher(to);
        if (f.matches() && t.matches() && f.group(1).equals(t.group(1)) && f.group(4).equals(t.group(4))) {
            if (t.group(2) == null) {
                return false;
            }
            if (f.group(2) == null) {
                return true;
            }
            int fp = Integer.parseInt(f.group(2));
            int tp = Integer.parseInt(t.group(2));
            int fs = f.group(3) == null ? 0 : Integer.parseInt(f.group(3));
            int ts = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            return tp < fp || ts < fs || (tp - ts) < (fp - fs);
        }
        if (from.equals("text") && to.startsWith("character varying")) {
            return true;
        }
        // Unrelated types: the USING cast may fail or round; say so.
        return true;
    }
}
