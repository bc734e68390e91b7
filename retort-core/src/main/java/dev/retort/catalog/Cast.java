package dev.retort.catalog;

/**
 * A user-defined cast between two types: database-wide, identified by its source and target types. It is in scope
 * when one of them, or its function, lives in a schema the inspection covers.
 *
 * @param source   the source type, as {@code format_type} renders it
 * @param target   the target type, likewise
 * @param method   how the value is converted
 * @param function the conversion function's signature ({@code regprocedure}) for {@link Method#FUNCTION}, else null
 * @param context  when it applies without an explicit {@code CAST}
 */
public record Cast(String source, String target, Method method, String function, Context context, String comment)
        implements CatalogObject {

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.CAST, null, source + " AS " + target);
    }

    /** {@code pg_cast.castmethod}. */
    public enum Method implements CatalogCode {
        FUNCTION("f"), BINARY("b"), INOUT("i");

        private final String code;

        Method(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** {@code pg_cast.castcontext}. */
    public enum Context implements CatalogCode {
        EXPLICIT("e"), ASSIGNMENT("a"), IMPLICIT("i");

        private final String code;

        Context(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
