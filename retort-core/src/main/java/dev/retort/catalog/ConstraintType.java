package dev.retort.catalog;

/** The kinds of table constraint Retort models ({@code pg_constraint.contype}). */
public enum ConstraintType implements CatalogCode {
    PRIMARY_KEY("p"), UNIQUE("u"), FOREIGN_KEY("f"), CHECK("c"), EXCLUSION("x");

    private final String code;

    ConstraintType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ConstraintType fromCatalog(String code) {
        return CatalogCode.decode(ConstraintType.class, code);
    }

    /** Primary keys, unique and exclusion constraints are enforced by an index of their own. */
    public boolean hasIndex() {
        return this == PRIMARY_KEY || this == UNIQUE || this == EXCLUSION;
    }
}
