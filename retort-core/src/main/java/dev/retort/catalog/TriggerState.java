package dev.retort.catalog;

/**
 * When a trigger or event trigger fires, against {@code session_replication_role} ({@code pg_trigger.tgenabled},
 * {@code pg_event_trigger.evtenabled}).
 */
public enum TriggerState implements CatalogCode {
    /** Fires in origin and local mode, the state a new trigger has. */
    ORIGIN("O"),
    /** Never fires. */
    DISABLED("D"),
    /** Fires in replica mode only. */
    REPLICA("R"),
    /** Fires whatever the mode. */
    ALWAYS("A");

    private final String code;

    TriggerState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static TriggerState fromCatalog(String code) {
        return CatalogCode.decode(TriggerState.class, code);
    }
}
