/**
 * The operations behind {@link dev.retort.Retort}: settings sources ({@code retort.toml}, environment), migration
 * and schema locations, and the operations built from the pipeline stages. Callers print; nothing here writes to the
 * console.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.project;
