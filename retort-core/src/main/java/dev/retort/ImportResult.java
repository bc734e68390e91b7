package dev.retort;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Retort#importFlyway} (or {@link Retort#importLiquibase}) did.
 *
 * @param tool        {@code flyway} or {@code liquibase}
 * @param chain       whether one revision per migration was written (else one baseline)
 * @param revisions   the revisions written, in order
 * @param files       their files
 * @param schemaFiles the declared schema files written
 * @param stampedAt   the heads the database was stamped at (empty when not stamped)
 * @param imported    the rows of the tool's history now recorded in {@code retort_history}
 * @param pending     the revisions written but not stamped: migrations the tool had not applied yet, which
 *                    {@code retort upgrade} runs
 */
public record ImportResult(String tool, boolean chain, List<String> revisions, List<Path> files,
                           List<Path> schemaFiles, List<String> stampedAt, List<ImportedMigration> imported,
                           List<String> pending) {
    /**
     * Creates the record, copying its lists.
     *
     * @param tool {@code flyway} or {@code liquibase}
     * @param chain whether one revision per migration was written
     * @param revisions the revisions written, in order
     * @param files their files
     * @param schemaFiles the declared schema files written
     * @param stampedAt the heads the database was stamped at
     * @param imported the rows of the tool's history now recorded in {@code retort_history}
     * @param pending the revisions written but not stamped
     */
    public ImportResult {
        revisions = List.copyOf(revisions);
        files = List.copyOf(files);
        schemaFiles = List.copyOf(schemaFiles);
        stampedAt = List.copyOf(stampedAt);
        imported = List.copyOf(imported);
        pending = List.copyOf(pending);
    }
}
