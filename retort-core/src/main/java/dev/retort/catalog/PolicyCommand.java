package dev.retort.catalog;

/** The command a row-level-security policy applies to ({@code pg_policy.polcmd}); the names are the SQL words. */
public enum PolicyCommand implements CatalogCode {
    ALL("*"), SELECT("r"), INSERT("a"), UPDATE("w"), DELETE("d");

    private final String code;

    PolicyCommand(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static PolicyCommand fromCatalog(String code) {
        return CatalogCode.decode(PolicyCommand.class, code);
    }
}
