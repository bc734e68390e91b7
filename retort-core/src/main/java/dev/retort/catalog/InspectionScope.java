package dev.retort.catalog;

import java.util.List;

/**
 * What an inspection covers: every non-system schema unless {@code includeSchemas} names some, minus
 * {@code excludeSchemas}; Retort's own version tables in {@code versionSchema} are always left out. Owners are
 * read only when {@code manageOwners} is set (otherwise they are null and never differ).
 */
public record InspectionScope(List<String> includeSchemas, List<String> excludeSchemas, String versionSchema,
                              boolean manageOwners) {
    public static final InspectionScope ALL = new InspectionScope(List.of(), List.of(), "public", false);

    public InspectionScope {
        includeSchemas = List.copyOf(includeSchemas);
        excludeSchemas = List.copyOf(excludeSchemas);
    }
}
