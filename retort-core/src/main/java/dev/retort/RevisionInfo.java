package dev.retort;

import java.util.List;

/**
 * A revision file.
 *
 * @param id            its id
 * @param parents       the revisions it revises (empty for a base)
 * @param branchLabels  its branch labels
 * @param summary       the first line of its message
 * @param file          where it is: a path, or {@code classpath:db/migration/...}
 * @param transactional false for a {@code -- migrate:no-transaction} revision
 */
public record RevisionInfo(String id, List<String> parents, List<String> branchLabels, String summary, String file,
                           boolean transactional) {
    /** Copies the lists. */
    public RevisionInfo {
        parents = List.copyOf(parents);
        branchLabels = List.copyOf(branchLabels);
    }
}
