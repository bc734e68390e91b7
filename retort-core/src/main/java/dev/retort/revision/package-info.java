/**
 * Revision scripts: migration files, their headers and the Alembic-style revision graph. Stage 6.
 */
package dev.retort.revision;
