package dev.retort.cli;

import dev.retort.RetortConfiguration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of commands that plan: which hazards a plan may carry, and whether the online recipes are used. */
final class PlanOptions {
    @Option(names = "--allow-hazard", paramLabel = "HAZARD", split = ",",
            description = "allow plans with this hazard: data-loss or table-rewrite, which are refused otherwise "
                    + "(repeatable; replaces [plan] allow_hazards)")
    List<String> allowHazards = new ArrayList<>();

    @Option(names = "--online", negatable = true, description = "change existing objects without blocking writes: "
            + "indexes built concurrently, constraints validated after they are added (default: [plan] online in "
            + "retort.toml, else on)")
    Boolean online;

    /** Whether any option is set. */
    boolean isSet() {
        return !allowHazards.isEmpty() || online != null;
    }

    /** Applies the options that are set (they win over retort.toml and the environment). */
    RetortConfiguration apply(RetortConfiguration c) {
        if (!allowHazards.isEmpty()) {
            c.allowHazards(allowHazards.toArray(String[]::new));
        }
        if (online != null) {
            c.online(online);
        }
        return c;
    }
}
