package dev.retort.spring.internal;

import dev.retort.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints Retort's own message when start-up fails on it, instead of a bean-creation stack trace. */
public final class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
        return new FailureAnalysis("Retort could not prepare the database:\n\n" + cause.getMessage(),
                "Fix what the message names; spring.retort.startup (migrate, validate, none) says what start-up"
                        + " does, spring.retort.enabled=false turns Retort off.", cause);
    }
}
