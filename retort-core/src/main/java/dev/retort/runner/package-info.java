/**
 * Runner: applies revisions to a database along the graph, transactionally, under an advisory lock, with checksums and history. Stage 7.
 */
package dev.retort.runner;
