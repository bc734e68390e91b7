package dev.retort;

import dev.retort.catalog.CatalogSnapshot;

/**
 * A database's schema as {@link Retort#inspect()} read it.
 *
 * @param snapshot every object Retort manages, with its dependencies (the catalog records of
 *                 {@code dev.retort.catalog}, which are not yet a stable API)
 */
public record InspectResult(CatalogSnapshot snapshot) {
}
