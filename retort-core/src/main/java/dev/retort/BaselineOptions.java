package dev.retort;

/**
 * Options of {@link Retort#baseline(BaselineOptions)}: which schemas and kinds are taken is the configuration's
 * scope ({@code schemas}, {@code kinds}, {@code exclude}).
 *
 * @param message     the revision's message; null for "baseline"
 * @param revisionId  its id, or null for a random one
 * @param stamp       whether to stamp the database at it (false: write the files only)
 * @param writeSchema whether to write the schema into the declared schema folder when it declares nothing yet
 */
public record BaselineOptions(String message, String revisionId, boolean stamp, boolean writeSchema) {
    /** "baseline", a random id, stamped, the schema folder filled when empty. */
    public static final BaselineOptions DEFAULTS = new BaselineOptions(null, null, true, true);

    /**
     * The defaults with another message.
     *
     * @param message the message
     * @return the options
     */
    public static BaselineOptions of(String message) {
        return new BaselineOptions(message, null, true, true);
    }
}
