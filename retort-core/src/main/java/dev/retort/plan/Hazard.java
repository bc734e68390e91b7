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

    public String label() {
        return label;
    }
}
