package dev.retort;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/** One side of {@link Retort#diff}: a live database, or a declared schema. */
public sealed interface SchemaSource {
    /**
     * The configured database.
     *
     * @return the side
     */
    static SchemaSource database() {
        return new Database();
    }

    /**
     * A database by URL ({@code postgresql://...} or {@code jdbc:postgresql://...}).
     *
     * @param url the URL
     * @return the side
     */
    static SchemaSource url(String url) {
        return new Url(url);
    }

    /**
     * A database through a data source.
     *
     * @param dataSource the data source (Retort closes the connections it takes, never the data source)
     * @return the side
     */
    static SchemaSource dataSource(DataSource dataSource) {
        return new DataSourceDatabase(dataSource);
    }

    /**
     * The configured declared schema: its schema locations and SchemaDefinition classes.
     *
     * @return the side
     */
    static SchemaSource declared() {
        return new Declared(List.of());
    }

    /**
     * A declared schema read from these locations ({@code classpath:...}, {@code filesystem:...} or a path).
     *
     * @param locations where the {@code .sql} files are
     * @return the side
     */
    static SchemaSource declared(String... locations) {
        return new Declared(List.of(locations));
    }

    /**
     * A declared schema in a folder of {@code .sql} files.
     *
     * @param folder the folder
     * @return the side
     */
    static SchemaSource folder(Path folder) {
        return new Declared(List.of(Location.filesystem(folder).toString()));
    }

    /** The configured database. */
    record Database() implements SchemaSource {
    }

    /**
     * A database by URL.
     *
     * @param url the URL
     */
    record Url(String url) implements SchemaSource {
        /** Hides the password. */
        @Override
        public String toString() {
            return "Url[" + RetortSettings.redact(url) + "]";
        }
    }

    /**
     * A database through a data source.
     *
     * @param dataSource the data source
     */
    record DataSourceDatabase(DataSource dataSource) implements SchemaSource {
    }

    /**
     * A declared schema.
     *
     * @param locations where its {@code .sql} files are; empty for the configured schema locations (and the
     *                  configured SchemaDefinition classes)
     */
    record Declared(List<String> locations) implements SchemaSource {
        /**
         * Creates the record, copying its lists.
         *
         * @param locations where its {@code .sql} files are; empty for the configured schema locations (and the configured SchemaDefinition classes)
         */
        public Declared {
            locations = List.copyOf(locations);
        }
    }
}
