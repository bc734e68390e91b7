package dev.retort.plan;

import dev.retort.RetortException;

/** The planner found no plan it can vouch for; the message says which objects are involved. */
public final class PlanException extends RetortException {
    public PlanException(String message) {
        super(message);
    }
}
