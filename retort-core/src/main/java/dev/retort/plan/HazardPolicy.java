package dev.retort.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which hazards a plan may carry before Retort writes it: {@code data loss} and {@code table rewrite} must be
 * allowed by name ({@code --allow-hazard data-loss}, {@code [plan] allow_hazards}); the others are only written
 * above their statements.
 */
public record HazardPolicy(Set<Hazard> allowed) {
    /** Hazards refused unless allowed. */
    public static final Set<Hazard> REFUSED_BY_DEFAULT = Set.copyOf(EnumSet.of(Hazard.DATA_LOSS, Hazard.TABLE_REWRITE));

    public HazardPolicy {
        allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    }

    /**
     * The policy allowing these hazards, by their names ({@code data-loss}, {@code table-rewrite}...).
     *
     * @throws PlanException naming an unknown hazard and the known ones
     */
    public static HazardPolicy allowing(Collection<String> names) {
        Set<Hazard> allowed = EnumSet.noneOf(Hazard.class);
        for (String name : names) {
            allowed.add(Hazard.byName(name));
        }
        return new HazardPolicy(allowed);
    }

    /** The plan's hazards that this policy refuses, in order of their first statement. */
    public Set<Hazard> refused(MigrationPlan plan) {
        Set<Hazard> out = EnumSet.noneOf(Hazard.class);
        for (PlannedStatement s : plan.statements()) {
            for (Hazard h : s.hazards()) {
                if (REFUSED_BY_DEFAULT.contains(h) && !allowed.contains(h)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /** The hazards of the plan that had to be allowed (for the revision header), by name. */
    public List<String> allowedIn(MigrationPlan plan) {
        return plan.hazards().stream().filter(REFUSED_BY_DEFAULT::contains).filter(allowed::contains)
                .map(Hazard::flagName).toList();
    }

    /**
     * Throws when the plan has hazards this policy does not allow, naming each statement and how to allow it.
     *
     * @param what the plan, for the message: "the upgrade"
     */
    public void check(MigrationPlan plan, String what) {
        Set<Hazard> refused = refused(plan);
        if (refused.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (PlannedStatement s : plan.statements()) {
            List<Hazard> its = s.hazards().stream().filter(refused::contains).toList();
            if (!its.isEmpty()) {
                lines.add("  " + its.stream().map(Hazard::label).collect(Collectors.joining(", ")) + ": "
                        + firstLine(s.sql()) + (s.note() == null ? "" : " (" + s.note() + ")")
                        + " [--allow-hazard " + its.stream().map(Hazard::flagName)
                        .collect(Collectors.joining(" --allow-hazard ")) + "]");
            }
        }
        String flags = refused.stream().map(h -> "--allow-hazard " + h.flagName()).collect(Collectors.joining(" "));
        String toml = refused.stream().map(h -> "\"" + h.flagName() + "\"").collect(Collectors.joining(", "));
        throw new PlanException("refusing " + what + ": " + lines.size() + " statement" + (lines.size() == 1 ? "" : "s")
                + " with hazards that are not allowed:\n" + String.join("\n", lines) + "\nIf that is intended, allow "
                + (refused.size() == 1 ? "it" : "them") + " with " + flags + " (retort.toml: [plan] allow_hazards = ["
                + toml + "]; RETORT_ALLOW_HAZARDS; RetortConfiguration.allowHazards), or change the declared schema.");
    }

    private static String firstLine(String sql) {
        String line = sql.lines().findFirst().orElse("").strip();
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }

    /** Names, lower case: for messages. */
    static String known() {
        return java.util.Arrays.stream(Hazard.values()).map(Hazard::flagName).collect(Collectors.joining(", "));
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
