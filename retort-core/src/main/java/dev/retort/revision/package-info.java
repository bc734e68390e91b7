/**
 * Revision scripts: migration files, their headers and the Alembic-style revision graph. Stage 6. See docs/revisions.md for the file format.
 */
package dev.retort.revision;
