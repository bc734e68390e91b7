package dev.retort.runner;

/** How a run is split into transactions. Revisions marked {@code -- migrate:no-transaction} always run on their own. */
public enum TransactionMode {
    /** The whole run in one transaction (the default): a failure anywhere leaves the database as it was. */
    ALL,
    /** Each revision in a transaction of its own: a failure keeps the revisions before it. */
    PER_REVISION
}
