package dev.retort.catalog;

/** The command a row-level-security policy applies to ({@code pg_policy.polcmd}); the names are the SQL words. */
public enum PolicyCommand {
    ALL, SELECT, INSERT, UPDATE, DELETE;

    public static PolicyCommand fromCatalog(String code) {
        return switch (code) {
            case "*" -> ALL;
            case "r" -> SELECT;
            case "a" -> INSERT;
            case "w" -> UPDATE;
            case "d" -> DELETE;
            default -> throw new IllegalStateException("unknown policy command '" + code + "' in the catalog");
        };
    }
}
