package dev.retort;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One row of another tool's history ({@code flyway_schema_history}, {@code databasechangelog}), as recorded in
 * {@code retort_history} by an import (direction {@code import}).
 *
 * @param version     Flyway's version ({@code 1.2}; null for a repeatable migration), or Liquibase's changeset id
 * @param description its description
 * @param script      the script (Flyway) or changelog file (Liquibase) it came from
 * @param type        the tool's type ({@code SQL}, {@code BASELINE}, {@code EXECUTED}...)
 * @param installedOn when the tool applied it
 * @param installedBy who applied it
 * @param took        how long it took, when the tool recorded it
 * @param revision    the Retort revision that now stands for it
 * @param fileStatus  how its file compares: {@code matches}, {@code changed} (the checksum differs), {@code missing},
 *                    or {@code unchecked}
 */
public record ImportedMigration(String version, String description, String script, String type,
                                OffsetDateTime installedOn, String installedBy, Duration took, String revision,
                                String fileStatus) {
}
