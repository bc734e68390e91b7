/**
 * The project façade: {@code retort.toml}, the migrations directory, and the operations the command line offers,
 * built from the pipeline stages. Callers print; nothing here writes to the console.
 */
package dev.retort.project;
