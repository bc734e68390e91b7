package dev.retort.runner;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a migration run may wait. {@code lockTimeout} is PostgreSQL's {@code lock_timeout} for every statement
 * of the run (zero: wait as long as it takes); {@code statementTimeout} its {@code statement_timeout} (zero: Retort
 * sets none); {@code lockRetries} how often a transaction that hit the lock timeout is rolled back and tried again,
 * with a doubling pause; {@code advisoryLockTimeout} how long to wait for another Retort run on the same database
 * (zero: as long as it takes).
 */
public record RunSettings(Duration lockTimeout, Duration statementTimeout, int lockRetries, Duration advisoryLockTimeout) {
    /** 10 s lock timeout, no statement timeout, no retries, 60 s for the advisory lock. */
    public static final RunSettings DEFAULTS = new RunSettings(Duration.ofSeconds(10), Duration.ZERO, 0,
            Duration.ofSeconds(60));

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|min|h)?");

    public RunSettings {
        check(lockTimeout, "lock timeout");
        check(statementTimeout, "statement timeout");
        check(advisoryLockTimeout, "advisory lock timeout");
        if (lockRetries < 0 || lockRetries > 100) {
            throw new IllegalArgumentException("lock retries must be from 0 to 100, not " + lockRetries);
        }
    }

    public RunSettings withLockTimeout(Duration d) {
        return new RunSettings(d, statementTimeout, lockRetries, advisoryLockTimeout);
    }

    public RunSettings withStatementTimeout(Duration d) {
        return new RunSettings(lockTimeout, d, lockRetries, advisoryLockTimeout);
    }

    public RunSettings withLockRetries(int n) {
        return new RunSettings(lockTimeout, statementTimeout, n, advisoryLockTimeout);
    }

    public RunSettings withAdvisoryLockTimeout(Duration d) {
        return new RunSettings(lockTimeout, statementTimeout, lockRetries, d);
    }

    /**
     * Reads {@code 10s}, {@code 500ms}, {@code 2min}, {@code 1h} or {@code 0} (no limit); a number without a unit
     * other than 0 is refused, since PostgreSQL would read it as milliseconds and people as seconds.
     */
    public static Duration parseDuration(String text, String what) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (!m.matches() || (m.group(2) == null && !m.group(1).matches("0+"))) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a duration (e.g. 10s, 500ms, 2min, 1h; "
                    + "0 for no limit)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    public static int parseRetries(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,3}") || Integer.parseInt(t) > 100) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number from 0 to 100");
        }
        return Integer.parseInt(t);
    }

    /** {@code 10 s}, {@code 500 ms}, {@code 3 min}: for messages. */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000 || ms % 1000 != 0) {
            return ms + " ms";
        }
        long s = ms / 1000;
        return s < 120 || s % 60 != 0 ? s + " s" : (s / 60) + " min";
    }

    private static void check(Duration d, String what) {
        if (d == null || d.isNegative() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must be from 0 to " + Integer.MAX_VALUE + " ms, not " + d);
        }
    }
}
