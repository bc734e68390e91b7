package dev.retort.revision;

import dev.retort.sql.SqlStatement;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One parsed revision file: its header (id, parents, labels, dependencies, message) and its SQL.
 *
 * @param id           the revision id, e.g. {@code e2ba9d70fc4d}
 * @param parents      the revisions it revises: none for a base, several for a merge
 * @param branchLabels labels naming the branch this revision starts or belongs to
 * @param dependsOn    revisions that must be applied first without being parents (another branch)
 * @param message      the description from the header's first comment lines
 * @param createDate   the header's Create Date, as written (may be empty)
 * @param transactional false when the file says {@code -- migrate:no-transaction}
 * @param upgrade      the statements of the upgrade section
 * @param downgrade    the statements of the downgrade section (empty when there is none)
 * @param reversible   whether the file has a {@code -- migrate:downgrade} section at all
 * @param file         where it was read from
 * @param checksum     SHA-256 (hex) of the file from its first {@code -- migrate:} line on, line endings and
 *                     trailing blanks normalised: the header comment may be edited freely, the SQL may not
 */
public record RevisionScript(String id, List<String> parents, List<String> branchLabels, List<String> dependsOn,
                             String message, String createDate, boolean transactional, List<SqlStatement> upgrade,
                             List<SqlStatement> downgrade, boolean reversible, Path file, String checksum) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Set<String> RESERVED = Set.of("head", "heads", "base");

    public RevisionScript {
        parents = List.copyOf(parents);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /** Whether {@code s} may be a revision id or branch label: 1-64 letters, digits or underscores, not a keyword. */
    public static boolean isValidId(String s) {
        return s != null && ID.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The first line of the message, for one-line listings. */
    public String summary() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
