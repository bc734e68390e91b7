package dev.retort.plan;

/** What a statement may do to a live database beyond changing its schema; written next to it in scripts. */
public enum Hazard {
    DATA_LOSS("data loss"),
    TABLE_REWRITE("table rewrite"),
    ACCESS_EXCLUSIVE_LOCK("ACCESS EXCLUSIVE lock"),
    INDEX_BUILD("index build"),
    NEW_ENUM_VALUE("new enum value: usable only after this transaction commits");

    private final String label;

    Hazard(String label) {
        this.label = label;
    }

    /** How scripts write it: {@code data loss}. */
    public String label() {
        return label;
    }

    /** How options and settings name it: {@code data-loss}, {@code table-rewrite}. */
    public String flagName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The hazard named {@code name} ({@code data-loss}; case, spaces and underscores do not matter).
     *
     * @throws PlanException naming the known hazards
     */
    public static Hazard byName(String name) {
        String n = HazardPolicy.normalise(name);
        for (Hazard h : values()) {
            if (h.flagName().equals(n)) {
                return h;
            }
        }
        throw new PlanException("unknown hazard '" + name + "' (known: " + HazardPolicy.known() + ")");
    }
}
