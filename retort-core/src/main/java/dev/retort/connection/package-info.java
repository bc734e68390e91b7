/**
 * Where a database is: URLs in libpq ({@code postgresql://}) and JDBC form, turned into connections. Shared by every
 * stage that talks to a server; passwords never appear in messages.
 */
package dev.retort.connection;
