/**
 * Dev database: materializes the declared sources in a scratch database, so PostgreSQL itself validates and normalises them. Stage 2.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.devdb;
