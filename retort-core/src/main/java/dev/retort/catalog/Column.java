package dev.retort.catalog;

import java.util.List;

/**
 * A column of a table, view or materialized view.
 *
 * @param collation            a collation other than the type's default, qualified and quoted, else null
 * @param identity             identity generation, else null
 * @param generated            {@code STORED} or {@code VIRTUAL} for a generated column, else null
 * @param inherited            true when the column comes only from a parent (inheritance or partitioning)
 * @param privileges           column-level privileges
 * @param settings             statistics target, storage, options and compression other than the defaults, else
 *                             null
 */
public record Column(String name, String type, String collation, boolean notNull, Identity identity,
                     String generated, String generationExpression, boolean inherited, Privileges privileges,
                     String comment, Settings settings) {
    public Column(String name, String type, String collation, boolean notNull, Identity identity, String generated,
                  String generationExpression, boolean inherited, Privileges privileges, String comment) {
        this(name, type, collation, notNull, identity, generated, generationExpression, inherited, privileges,
                comment, null);
    }

    /**
     * A column's settings, each null (empty) when it is the default; {@code defaultStorage} is the type's, given
     * with a {@code storage} (to go back to).
     */
    public record Settings(Integer statistics, String storage, String defaultStorage, List<String> options,
                           String compression) {
        public Settings {
            options = List.copyOf(options);
        }

        /**
         * The settings from the catalog's codes ({@code attstorage} {@code p}/{@code e}/{@code m}/{@code x},
         * {@code attcompression} {@code p}/{@code l}), or null when all are defaults. A storage equal to the type's
         * default is no setting.
         */
        public static Settings of(Integer statistics, String storage, String defaultStorage, List<String> options,
                                  String compression) {
            String s = storage == null || storage.equals(defaultStorage) ? null : storageKeyword(storage);
            String c = compression == null ? null : compression.equals("l") ? "lz4" : "pglz";
            if (statistics == null && s == null && options.isEmpty() && c == null) {
                return null;
            }
            return new Settings(statistics, s, s == null ? null : storageKeyword(defaultStorage), options, c);
        }

        private static String storageKeyword(String code) {
            return switch (code) {
                case "p" -> "PLAIN";
                case "e" -> "EXTERNAL";
                case "m" -> "MAIN";
                default -> "EXTENDED";
            };
        }
    }
}
