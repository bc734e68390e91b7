/**
 * Catalog snapshot: reads a database's schema from PostgreSQL's catalogs in a fixed number of bulk queries into immutable records, with the dependency graph from pg_depend. Stage 3.
 */
package dev.retort.catalog;
