package dev.retort;

import java.util.List;

/**
 * Options of {@link Retort#importFlyway}.
 *
 * @param locations   Flyway's migration directories ({@code filesystem:} or plain paths, relative to the project)
 * @param table       Flyway's history table ({@code schema.name}), or null for {@code flyway_schema_history} in
 *                    whichever schema holds it
 * @param chain       one revision per versioned migration (and one for the repeatable ones) instead of a baseline
 * @param message     the baseline's message, or null
 * @param stamp       whether to stamp the database and record Flyway's history (false: write the files only)
 * @param writeSchema whether to fill an empty declared schema folder with the live schema
 */
public record FlywayImportOptions(List<String> locations, String table, boolean chain, String message, boolean stamp,
                                  boolean writeSchema) {
    /**
     * Creates the options, copying the locations.
     *
     * @param locations Flyway's migration directories
     * @param table Flyway's history table, or null
     * @param chain one revision per migration instead of a baseline
     * @param message the baseline's message, or null
     * @param stamp whether to stamp and record the history
     * @param writeSchema whether to fill an empty declared schema folder
     */
    public FlywayImportOptions {
        locations = List.copyOf(locations);
    }

    /**
     * A baseline import from {@code locations}, stamped, the schema folder filled when empty.
     *
     * @param locations Flyway's migration directories
     * @return the options
     */
    public static FlywayImportOptions baseline(String... locations) {
        return new FlywayImportOptions(List.of(locations), null, false, null, true, true);
    }

    /**
     * A chain import from {@code locations}, stamped.
     *
     * @param locations Flyway's migration directories
     * @return the options
     */
    public static FlywayImportOptions chain(String... locations) {
        return new FlywayImportOptions(List.of(locations), null, true, null, true, true);
    }
}
