package dev.retort;

import java.util.List;

/**
 * What {@link Retort#lint} found.
 *
 * @param revisions the revisions linted, in graph order (parents first); linting stops after a revision that does
 *                  not apply or reverse (the schema the next ones start from is unknown)
 * @param findings  what was found, revision by revision, in statement order
 */
public record LintResult(List<String> revisions, List<LintFinding> findings) {
    /**
     * Creates the record, copying its lists.
     *
     * @param revisions the revisions linted, in graph order
     * @param findings what was found
     */
    public LintResult {
        revisions = List.copyOf(revisions);
        findings = List.copyOf(findings);
    }

    /**
     * The findings of one severity.
     *
     * @param severity errors or warnings
     * @return those findings, in order
     */
    public List<LintFinding> findings(LintFinding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * Whether the lint passed.
     *
     * @param strict whether warnings count as failures too
     * @return true when there is no error (and, when strict, no warning)
     */
    public boolean passed(boolean strict) {
        return findings.stream().noneMatch(f -> strict || f.severity() == LintFinding.Severity.ERROR);
    }
}
