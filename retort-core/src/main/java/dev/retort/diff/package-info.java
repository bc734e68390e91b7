/**
 * Schema diff: compares two catalog snapshots and says which objects are added, dropped or changed, and how. Stage 4.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.diff;
