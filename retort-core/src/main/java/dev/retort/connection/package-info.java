/**
 * Where a database is: URLs in libpq ({@code postgresql://}) and JDBC form, turned into connections. Shared by every
 * stage that talks to a server; passwords never appear in messages.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.connection;
