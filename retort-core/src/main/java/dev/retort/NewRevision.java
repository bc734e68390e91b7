package dev.retort;

import java.util.List;

/**
 * A new, empty revision for {@link Retort#newRevision}.
 *
 * @param message      what it does (required)
 * @param head         the revision to build on: null for the single head, {@code base} for a new root
 * @param branchLabels labels for the branch it starts
 * @param dependsOn    revisions of other branches to apply first
 * @param revisionId   its id, or null for 12 random hex characters
 * @param splice       whether {@code head} may name a revision that is not a head (starting a branch)
 */
public record NewRevision(String message, String head, List<String> branchLabels, List<String> dependsOn,
                          String revisionId, boolean splice) {
    /**
     * Creates the record, copying its lists.
     *
     * @param message what it does (required)
     * @param head the revision to build on: null for the single head, {@code base} for a new root
     * @param branchLabels labels for the branch it starts
     * @param dependsOn revisions of other branches to apply first
     * @param revisionId its id, or null for 12 random hex characters
     * @param splice whether {@code head} may name a revision that is not a head (starting a branch)
     */
    public NewRevision {
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * A revision on top of the single head.
     *
     * @param message what it does
     * @return the options
     */
    public static NewRevision of(String message) {
        return new NewRevision(message, null, List.of(), List.of(), null, false);
    }
}
