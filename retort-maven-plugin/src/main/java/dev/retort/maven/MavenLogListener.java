package dev.retort.maven;

import dev.retort.RetortEvent;
import dev.retort.RetortListener;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows Retort's events in the build log: revisions run and progress at INFO, waits for another run's lock at WARN,
 * behind-the-scenes detail (dev databases created, reused, dropped; statements) at DEBUG ({@code mvn -X}); for the
 * long goals (check, autogenerate, diff), the declared schema's build and the plans' verification at INFO.
 */
final class MavenLogListener implements RetortListener {
    private final Log log;
    private final boolean detailsAtInfo;

    MavenLogListener(Log log, boolean detailsAtInfo) {
        this.log = log;
        this.detailsAtInfo = detailsAtInfo;
    }

    @Override
    public void onEvent(RetortEvent event) {
        if (event instanceof RetortEvent.RunStarted e) {
            log.info("retort " + e.operation() + " on " + e.database());
        } else if (event instanceof RetortEvent.RevisionStarted e) {
            log.info("running " + e.direction() + " " + e.path() + " (" + Path.of(e.file()).getFileName() + "): "
                    + e.summary() + (e.transactional() ? "" : " [no transaction]"));
        } else if (event instanceof RetortEvent.WaitingForLock e) {
            log.warn("waiting for another retort run on " + e.database() + " to finish (the advisory lock of schema "
                    + e.versionSchema() + ")");
        } else if (event instanceof RetortEvent.StatementExecuted e) {
            log.debug(e.revision() + " line " + e.line() + ": " + e.took().toMillis() + " ms");
        } else if (event instanceof RetortEvent.PlanVerified e) {
            detail("verified " + e.what() + " (" + e.statements() + " statements) on a dev database");
        } else if (event instanceof RetortEvent.DevDatabaseBuilt e) {
            detail("built the declared schema (" + e.statements() + " statements) in " + e.database() + " in "
                    + e.took().toMillis() + " ms");
        } else if (event instanceof RetortEvent.Message e) {
            if (e.detail()) {
                log.debug(e.text());
            } else {
                log.info(e.text());
            }
        }
    }

    private void detail(String text) {
        if (detailsAtInfo) {
            log.info(text);
        } else {
            log.debug(text);
        }
    }
}
