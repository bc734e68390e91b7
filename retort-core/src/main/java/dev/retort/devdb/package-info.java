/**
 * Dev database: materializes the declared sources in a scratch database, so PostgreSQL itself validates and normalises them. Stage 2.
 */
package dev.retort.devdb;
