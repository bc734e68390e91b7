package dev.retort.catalog;

/** What a table's updates and deletes log to identify the old row ({@code pg_class.relreplident}). */
public enum ReplicaIdentity implements CatalogCode {
    /** The primary key, if any. */
    DEFAULT("d"),
    /** The whole row. */
    FULL("f"),
    /** Nothing. */
    NOTHING("n"),
    /** An index, which says so itself ({@link Index#replicaIdentity()}). */
    INDEX("i");

    private final String code;

    ReplicaIdentity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ReplicaIdentity fromCatalog(String code) {
        return CatalogCode.decode(ReplicaIdentity.class, code);
    }
}
