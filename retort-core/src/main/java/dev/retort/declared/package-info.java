/**
 * Declared schema: reads what the user wants (SQL files, Java entity objects) into an ordered list of DDL sources. Stage 1 of the pipeline; knows nothing of databases.
 *
 * <p>Public for Java declarations: {@link dev.retort.declared.SchemaDefinition}, {@link dev.retort.declared.SchemaBuilder}
 * and the entity records ({@code PgView}, {@code PgFunction}...). The rest is internal and may change in any release.
 */
package dev.retort.declared;
