package dev.retort;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a database is: {@link Retort#info()}.
 *
 * @param current the revisions the database is at (empty: base, or never migrated)
 * @param heads   the migrations' heads
 * @param pending the revisions an upgrade to {@code heads} would run, in order
 * @param history what was applied, reverted, stamped and repaired, oldest first
 */
public record InfoResult(List<String> current, List<String> heads, List<RevisionInfo> pending,
                         List<HistoryEntry> history) {
    /**
     * Creates the record, copying its lists.
     *
     * @param current the revisions the database is at (empty: base, or never migrated)
     * @param heads the migrations' heads
     * @param pending the revisions an upgrade to {@code heads} would run, in order
     * @param history what was applied, reverted, stamped and repaired, oldest first
     */
    public InfoResult {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        history = List.copyOf(history);
    }

    /**
     * Whether the database is at the migrations' heads.
     *
     * @return true when nothing is pending
     */
    public boolean upToDate() {
        return pending.isEmpty() && new java.util.HashSet<>(current).equals(new java.util.HashSet<>(heads));
    }

    /**
     * One row of {@code retort_history}.
     *
     * @param revision  the revision
     * @param direction {@code upgrade}, {@code downgrade}, {@code stamp}, {@code unstamp} or {@code repair}
     * @param checksum  the file's checksum recorded (null for a downgrade or unstamp)
     * @param appliedAt when
     * @param appliedBy the database role
     * @param took      how long its statements took; null when not measured (stamp, repair)
     */
    public record HistoryEntry(String revision, String direction, String checksum, OffsetDateTime appliedAt,
                               String appliedBy, Duration took) {
    }
}
