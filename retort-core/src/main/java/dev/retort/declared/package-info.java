/**
 * Declared schema: reads what the user wants (SQL files, Java entity objects) into an ordered list of DDL sources. Stage 1 of the pipeline; knows nothing of databases.
 */
package dev.retort.declared;
