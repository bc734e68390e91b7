/**
 * Catalog snapshot: reads a database's schema from PostgreSQL's catalogs in a fixed number of bulk queries into immutable records, with the dependency graph from pg_depend. Stage 3.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.catalog;
