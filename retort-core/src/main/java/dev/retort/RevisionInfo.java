package dev.retort;

import java.util.List;

/**
 * A revision file, as it sits in the revision graph.
 *
 * @param id                  its id
 * @param parents             the revisions it revises (empty for a base; several for a merge)
 * @param children            the revisions that revise it (empty for a head)
 * @param branchLabels        its branch labels
 * @param dependsOn           revisions of other branches applied before it
 * @param message             its message (the header's first comment lines)
 * @param createDate          the header's Create Date as written (may be empty)
 * @param file                where it is: a path, or {@code classpath:db/migration/...}
 * @param transactional       false for a {@code -- migrate:no-transaction} revision
 * @param upgradeStatements   how many statements its upgrade has
 * @param downgradeStatements how many statements its downgrade has
 * @param reversible          whether it has a downgrade section
 * @param checksum            SHA-256 of its SQL, as the version history records it
 */
public record RevisionInfo(String id, List<String> parents, List<String> children, List<String> branchLabels,
                           List<String> dependsOn, String message, String createDate, String file,
                           boolean transactional, int upgradeStatements, int downgradeStatements, boolean reversible,
                           String checksum) {
    /**
     * Creates the record, copying its lists.
     *
     * @param id its id
     * @param parents the revisions it revises (empty for a base; several for a merge)
     * @param children the revisions that revise it (empty for a head)
     * @param branchLabels its branch labels
     * @param dependsOn revisions of other branches applied before it
     * @param message its message (the header's first comment lines)
     * @param createDate the header's Create Date as written (may be empty)
     * @param file where it is: a path, or {@code classpath:db/migration/...}
     * @param transactional false for a {@code -- migrate:no-transaction} revision
     * @param upgradeStatements how many statements its upgrade has
     * @param downgradeStatements how many statements its downgrade has
     * @param reversible whether it has a downgrade section
     * @param checksum SHA-256 of its SQL, as the version history records it
     */
    public RevisionInfo {
        parents = List.copyOf(parents);
        children = List.copyOf(children);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * The first line of the message.
     *
     * @return the summary
     */
    public String summary() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * Whether nothing revises it.
     *
     * @return true for a head
     */
    public boolean isHead() {
        return children.isEmpty();
    }

    /**
     * Whether it joins several revisions.
     *
     * @return true for a merge
     */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    /**
     * Whether several revisions revise it.
     *
     * @return true for a branch point
     */
    public boolean isBranchPoint() {
        return children.size() > 1;
    }
}
