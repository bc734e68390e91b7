/**
 * Migration plan: turns a diff into ordered, reversible SQL statements with their hazards, using the dependency graph for drop/create order and cascades. Stage 5.
 */
package dev.retort.plan;
