/**
 * Revision scripts: migration files, their headers and the Alembic-style revision graph. Stage 6. See docs/revisions.md for the file format.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.revision;
