package dev.retort;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Retort#baseline} wrote.
 *
 * @param revision    the baseline revision's id
 * @param file        its file
 * @param schemaFiles the declared schema files written (none when the schema folder already declared something)
 * @param upgrade     the statements creating the schema, in order
 * @param downgrade   the statements dropping it again
 * @param stamped     whether the database was stamped at the baseline
 */
public record BaselineResult(String revision, Path file, List<Path> schemaFiles, List<Change> upgrade,
                             List<Change> downgrade, boolean stamped) {
    /**
     * Creates the record, copying its lists.
     *
     * @param revision the baseline revision's id
     * @param file its file
     * @param schemaFiles the declared schema files written
     * @param upgrade the statements creating the schema, in order
     * @param downgrade the statements dropping it again
     * @param stamped whether the database was stamped at the baseline
     */
    public BaselineResult {
        schemaFiles = List.copyOf(schemaFiles);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}
