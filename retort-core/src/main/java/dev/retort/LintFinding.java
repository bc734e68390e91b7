package dev.retort;

import java.nio.file.Path;

/**
 * One thing {@link Retort#lint} found in a revision: what its SQL actually did to a schema, measured by replaying it
 * on a scratch database, that can hurt a live database or break its reversal.
 *
 * @param revision the revision
 * @param severity an error fails {@code retort lint}; a warning only with {@code --strict}
 * @param rule     a stable name for what was found: {@code data-loss}, {@code table-rewrite},
 *                 {@code index-not-concurrent}, {@code index-drop-not-concurrent}, {@code constraint-validation},
 *                 {@code not-null-scan}, {@code missing-downgrade}, {@code downgrade-mismatch},
 *                 {@code upgrade-fails}, {@code downgrade-fails}, {@code upgrade-fails-again}
 * @param object   the object concerned ({@code column public.orders.note}), or null for the whole revision
 * @param message  what happened and what to do instead, in one sentence
 * @param file     the revision's file
 * @param line     the line of the statement responsible (the first statement's, or the section's, when no single
 *                 statement is)
 */
public record LintFinding(String revision, Severity severity, String rule, String object, String message, Path file,
                          int line) {
    /** How bad a finding is. */
    public enum Severity {
        /** Fails the lint: data loss, a rewrite or long lock, or a revision that does not apply or reverse. */
        ERROR,
        /** Worth a look; fails the lint only when warnings are made strict. */
        WARNING
    }

    /**
     * The finding as a compiler would print it: {@code file:line: error: message [rule]}.
     *
     * @return one line
     */
    public String describe() {
        return file + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message
                + " [" + rule + "]";
    }
}
