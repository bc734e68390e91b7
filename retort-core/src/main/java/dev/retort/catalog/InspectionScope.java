package dev.retort.catalog;

import java.util.List;

/**
 * What an inspection covers: every non-system schema unless {@code includeSchemas} names some, minus
 * {@code excludeSchemas}; Retort's own version tables in {@code versionSchema} are always left out.
 *
 * <p>With {@code owners} (the default; {@code [schema] owners = false} or {@code --no-owners} turns it off), an
 * object's owner is read unless it is the inspecting role: null
 * means "owned by whoever runs the migration", which is what an object created without {@code OWNER TO} gets. So
 * a declared schema built by the dev role and a target the migrating role owns never differ by owner, and an
 * object given to another role (pg_dump's {@code ALTER ... OWNER TO}) is given to it by the plan too. Without it,
 * owners are null everywhere and never differ.
 */
public record InspectionScope(List<String> includeSchemas, List<String> excludeSchemas, String versionSchema,
                              boolean owners) {
    public static final InspectionScope ALL = new InspectionScope(List.of(), List.of(), "public", true);

    public InspectionScope {
        includeSchemas = List.copyOf(includeSchemas);
        excludeSchemas = List.copyOf(excludeSchemas);
    }
}
