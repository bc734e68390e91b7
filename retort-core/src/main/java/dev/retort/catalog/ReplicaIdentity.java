package dev.retort.catalog;

/** What a table's updates and deletes log to identify the old row ({@code pg_class.relreplident}). */
public enum ReplicaIdentity {
    /** {@code d}: the primary key, if any. */
    DEFAULT,
    /** {@code f}: the whole row. */
    FULL,
    /** {@code n}: nothing. */
    NOTHING,
    /** {@code i}: an index, which says so itself ({@link Index#replicaIdentity()}). */
    INDEX;

    public static ReplicaIdentity fromCatalog(String code) {
        return switch (code) {
            case "d" -> DEFAULT;
            case "f" -> FULL;
            case "n" -> NOTHING;
            case "i" -> INDEX;
            default -> throw new IllegalStateException("unknown replica identity '" + code + "' in the catalog");
        };
    }
}
