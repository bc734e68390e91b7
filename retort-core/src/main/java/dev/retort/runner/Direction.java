package dev.retort.runner;

import java.util.Locale;

/** What happened to a revision, as recorded in {@code retort_history.direction}. */
public enum Direction {
    UPGRADE, DOWNGRADE,
    /** Marked applied by {@code stamp} without running it. */
    STAMP,
    /** Marked not applied by {@code stamp} without running its downgrade. */
    UNSTAMP,
    /** The file's changed checksum accepted on purpose by {@code repair}. */
    REPAIR,
    /** A migration another tool (Flyway, Liquibase) applied, recorded when the database was adopted. */
    IMPORT;

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
