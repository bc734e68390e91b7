package dev.retort;

import java.time.Duration;
import java.util.List;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param operation   {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param headsBefore the revisions the database was at (empty: base)
 * @param headsAfter  the revisions it is at now
 * @param revisions   the revisions run (for a stamp: stamped or unstamped), in order; empty when there was nothing
 *                    to do
 * @param took        how long the operation took
 */
public record RunResult(String operation, List<String> headsBefore, List<String> headsAfter,
                        List<RevisionRun> revisions, Duration took) {
    /**
     * Creates the record, copying its lists.
     *
     * @param operation {@code upgrade}, {@code downgrade} or {@code stamp}
     * @param headsBefore the revisions the database was at (empty: base)
     * @param headsAfter the revisions it is at now
     * @param revisions the revisions run (for a stamp: stamped or unstamped), in order; empty when there was nothing to do
     * @param took how long the operation took
     */
    public RunResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        revisions = List.copyOf(revisions);
    }

    /**
     * One revision of a run.
     *
     * @param revision  its id
     * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code unstamp}
     * @param took      how long its statements took (zero for a stamp)
     */
    public record RevisionRun(String revision, String direction, Duration took) {
    }

    /**
     * The ids of {@link #revisions()}.
     *
     * @return the ids, in order
     */
    public List<String> revisionIds() {
        return revisions.stream().map(RevisionRun::revision).toList();
    }
}
