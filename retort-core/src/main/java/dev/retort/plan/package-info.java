/**
 * Migration plan: turns a diff into ordered, reversible SQL statements with their hazards, using the dependency graph for drop/create order and cascades. Stage 5.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.plan;
