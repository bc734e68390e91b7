package dev.retort.catalog;

/** The kinds of table constraint Retort models ({@code pg_constraint.contype}). */
public enum ConstraintType {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION;

    public static ConstraintType fromCatalog(String code) {
        return switch (code) {
            case "p" -> PRIMARY_KEY;
            case "u" -> UNIQUE;
            case "f" -> FOREIGN_KEY;
            case "c" -> CHECK;
            case "x" -> EXCLUSION;
            default -> throw new IllegalStateException("unknown constraint type '" + code + "' in the catalog");
        };
    }

    /** Primary keys, unique and exclusion constraints are enforced by an index of their own. */
    public boolean hasIndex() {
        return this == PRIMARY_KEY || this == UNIQUE || this == EXCLUSION;
    }
}
