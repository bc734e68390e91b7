package dev.retort;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One revision's state in a database, as {@code retort info} shows it (Flyway's {@code info}).
 *
 * @param revision  the revision's id
 * @param summary   the first line of its message (empty for an unknown revision)
 * @param state     {@code applied}, {@code pending} (an upgrade to the heads would run it), {@code not applied}
 *                  (on a branch an upgrade to the heads does not take), or {@code unknown} (the database is at it
 *                  but no file has it), or {@code interrupted} (a no-transaction revision a run started and did
 *                  not finish: see {@link InfoResult#interrupted()})
 * @param appliedAt when it was last applied, stamped or repaired (null when not applied)
 * @param took      how long its statements took when it was applied (null when stamped, imported or not applied)
 * @param checksum  {@code ok} (the file is what was applied), {@code changed} (edited since: upgrades refuse until
 *                  {@code retort repair}), or {@code none} (not applied, or unknown)
 * @param file      its file, or null when unknown
 */
public record RevisionState(String revision, String summary, String state, OffsetDateTime appliedAt, Duration took,
                            String checksum, String file) {
}
