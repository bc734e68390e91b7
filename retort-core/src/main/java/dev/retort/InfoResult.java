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
 * @param revisions every revision of the migrations in graph order, then any the database is at that no file has,
 *                  each with its state
 * @param interrupted the no-transaction revisions a run started and did not finish: nothing runs until each is
 *                    settled ({@link Retort#resume}, or a fix by hand and {@link Retort#stamp})
 */
public record InfoResult(List<String> current, List<String> heads, List<RevisionInfo> pending,
                         List<HistoryEntry> history, List<RevisionState> revisions, List<Interrupted> interrupted) {
    /**
     * Creates the record, copying its lists.
     *
     * @param current the revisions the database is at (empty: base, or never migrated)
     * @param heads the migrations' heads
     * @param pending the revisions an upgrade to {@code heads} would run, in order
     * @param history what was applied, reverted, stamped and repaired, oldest first
     * @param revisions every revision with its state
     * @param interrupted the no-transaction revisions a run left halfway
     */
    public InfoResult {
        revisions = List.copyOf(revisions);
        interrupted = List.copyOf(interrupted);
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        history = List.copyOf(history);
    }

    /**
     * The record without per-revision states.
     *
     * @param current the revisions the database is at
     * @param heads the migrations' heads
     * @param pending the revisions an upgrade to {@code heads} would run, in order
     * @param history what was applied, reverted, stamped and repaired, oldest first
     */
    public InfoResult(List<String> current, List<String> heads, List<RevisionInfo> pending,
                      List<HistoryEntry> history) {
        this(current, heads, pending, history, List.of(), List.of());
    }

    /**
     * Whether the database is at the migrations' heads.
     *
     * @return true when nothing is pending or interrupted
     */
    public boolean upToDate() {
        return pending.isEmpty() && interrupted.isEmpty() && new java.util.HashSet<>(current).equals(new java.util.HashSet<>(heads));
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

    /**
     * A no-transaction revision a run started and did not finish, as the journal records it.
     *
     * @param revision   the revision
     * @param direction  {@code upgrade} or {@code downgrade}
     * @param finished   how many of its statements are known to have finished
     * @param statements how many it has
     * @param startedAt  when the run started it
     * @param startedBy  the database role that ran it
     */
    public record Interrupted(String revision, String direction, int finished, int statements, String startedAt,
                              String startedBy) {
        /**
         * One line saying where it stopped and what settles it.
         *
         * @return the description
         */
        public String describe() {
            return "the " + direction + " of " + revision + " was interrupted after " + finished + " of " + statements
                    + " statements (started " + startedAt + " by " + startedBy + "): 'retort repair " + revision
                    + " --resume' finishes it";
        }
    }
}
