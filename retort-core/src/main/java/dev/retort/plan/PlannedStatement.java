package dev.retort.plan;

import dev.retort.catalog.ObjectId;

/** One SQL statement of a plan and the object it creates or drops. */
public record PlannedStatement(ObjectId object, Action action, String sql) {
    public enum Action { DROP, CREATE }
}
