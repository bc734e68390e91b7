package dev.retort;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs events through SLF4J; see {@link RetortListener#slf4j()}. */
final class Slf4jListener implements RetortListener {
    static final Slf4jListener INSTANCE = new Slf4jListener();
    private static final Logger RUNNER = LoggerFactory.getLogger("dev.retort.runner");
    private static final Logger DEVDB = LoggerFactory.getLogger("dev.retort.devdb");
    private static final Logger RETORT = LoggerFactory.getLogger("dev.retort");

    private Slf4jListener() {
    }

    @Override
    public void onEvent(RetortEvent event) {
        if (event instanceof RetortEvent.RunStarted e) {
            RUNNER.info("{} on {}", e.operation(), e.database());
        } else if (event instanceof RetortEvent.RunFinished e) {
            RUNNER.info("{} finished in {} ms", e.operation(), e.took().toMillis());
        } else if (event instanceof RetortEvent.RevisionStarted e) {
            RUNNER.info("running {} {} ({}): {}", e.direction(), e.revision(), e.file(), e.summary());
        } else if (event instanceof RetortEvent.RevisionFinished e) {
            RUNNER.info("{} {} done in {} ms", e.direction(), e.revision(), e.took().toMillis());
        } else if (event instanceof RetortEvent.StatementExecuted e) {
            RUNNER.debug("{} line {}: {} ms", e.revision(), e.line(), e.took().toMillis());
        } else if (event instanceof RetortEvent.WaitingForLock e) {
            RUNNER.warn("{}: {}", e.database(), e.message());
        } else if (event instanceof RetortEvent.DevDatabaseBuilt e) {
            DEVDB.debug("built the declared schema ({} statements) in {} in {} ms", e.statements(), e.database(),
                    e.took().toMillis());
        } else if (event instanceof RetortEvent.PlanVerified e) {
            DEVDB.debug("verified {} ({} statements)", e.what(), e.statements());
        } else if (event instanceof RetortEvent.Message e) {
            if (e.detail()) {
                RETORT.debug("{}", e.text());
            } else {
                RETORT.info("{}", e.text());
            }
        }
    }
}
