/**
 * Schema diff: compares two catalog snapshots and says which objects are added, dropped or changed, and how. Stage 4.
 */
package dev.retort.diff;
