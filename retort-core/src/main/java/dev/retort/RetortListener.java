package dev.retort;

/**
 * Receives what Retort does, as it happens: runs and revisions starting and finishing, statements executed, waits
 * for another run's lock, dev databases built, plans verified, and other progress messages. Called on the thread
 * doing the work; a listener must not throw.
 *
 * <p>With no listener configured, events are logged through SLF4J under {@code dev.retort.*} ({@link #slf4j()}).
 */
@FunctionalInterface
public interface RetortListener {
    /**
     * One event.
     *
     * @param event what happened
     */
    void onEvent(RetortEvent event);

    /**
     * Logs events through SLF4J: runs and revisions at INFO under {@code dev.retort.runner}, statements at DEBUG,
     * waits for the lock at WARN, dev-database work and verification at DEBUG under {@code dev.retort.devdb}, other
     * messages at the level they carry under {@code dev.retort}.
     *
     * @return the logging listener
     */
    static RetortListener slf4j() {
        return Slf4jListener.INSTANCE;
    }
}
