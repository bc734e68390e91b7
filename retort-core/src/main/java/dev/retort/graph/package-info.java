/**
 * Graph algorithms the stages share: the one deterministic topological sort. Below every stage; imports nothing of
 * Retort's.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.graph;
