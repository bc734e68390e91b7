/**
 * Runner: applies revisions to a database along the graph, transactionally, under an advisory lock, with checksums and history. Stage 7.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.runner;
