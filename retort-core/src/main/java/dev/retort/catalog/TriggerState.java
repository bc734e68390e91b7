package dev.retort.catalog;

/**
 * When a trigger or event trigger fires, against {@code session_replication_role} ({@code pg_trigger.tgenabled},
 * {@code pg_event_trigger.evtenabled}).
 */
public enum TriggerState {
    /** {@code O}: fires in origin and local mode, the state a new trigger has. */
    ORIGIN,
    /** {@code D}: never fires. */
    DISABLED,
    /** {@code R}: fires in replica mode only. */
    REPLICA,
    /** {@code A}: fires whatever the mode. */
    ALWAYS;

    public static TriggerState fromCatalog(String code) {
        return switch (code) {
            case "O" -> ORIGIN;
            case "D" -> DISABLED;
            case "R" -> REPLICA;
            case "A" -> ALWAYS;
            default -> throw new IllegalStateException("unknown trigger state '" + code + "' in the catalog");
        };
    }
}
