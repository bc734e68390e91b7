/**
 * Snapshot cache: declared snapshots kept between runs under a hash of everything they are a function of, so a
 * declaration that has not changed is read, not built again.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.cache;
