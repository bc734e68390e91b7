/**
 * SQL text as every stage reads it: one lexer ({@link dev.retort.sql.SqlLexer}), the statement splitter built on it,
 * the list of transaction-control statements, the UTF-8 reading of SQL files and the rendering of a server's error
 * at its file and line. Below every stage; imports nothing of Retort's.
 * <p><b>Internal</b>: not part of Retort's public API (that is {@link dev.retort.Retort} and the types beside it in
 * {@code dev.retort}); may change in any release.
 */
package dev.retort.sql;
