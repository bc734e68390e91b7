package dev.retort.catalog;

/** An enum decoded from a one-letter catalog column: each constant names the code it stands for. */
interface CatalogCode {
    String code();

    /** The constant of {@code type} whose code is {@code code}; an unknown code is a catalog Retort cannot read. */
    static <E extends Enum<E> & CatalogCode> E decode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalStateException("unknown " + type.getSimpleName() + " '" + code + "' in the catalog");
    }
}
