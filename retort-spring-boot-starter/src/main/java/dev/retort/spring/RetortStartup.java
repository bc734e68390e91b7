package dev.retort.spring;

import dev.retort.InfoResult;
import dev.retort.Retort;
import dev.retort.RetortException;
import java.util.List;

/**
 * What the application does with its database at start-up, before JPA and JDBC users start. The starter defines
 * one from {@code spring.retort.startup} ({@link #migrate}, {@link #validate}, {@link #none}); an application
 * bean of this type replaces it:
 *
 * <pre>{@code
 * @Bean
 * RetortStartup retortStartup() {
 *     return context -> {
 *         context.retort().upgrade();                       // the shared schema
 *         for (String tenant : List.of("acme", "globex")) {
 *             context.tenant(tenant).upgrade();             // each tenant's schema, its own version table
 *         }
 *     };
 * }
 * }</pre>
 *
 * A {@link RetortException} thrown here stops the application with Retort's message.
 */
@FunctionalInterface
public interface RetortStartup {

    /**
     * Does the start-up work.
     *
     * @param context the application's Retort and its tenants
     */
    void run(Context context);

    /**
     * Upgrades every database of {@link Context#databases()} to {@code target}.
     *
     * @param target {@code heads}, {@code head}, a revision id, a branch label...
     * @return the strategy
     */
    static RetortStartup migrate(String target) {
        return context -> context.databases().forEach(retort -> retort.upgrade(target));
    }

    /**
     * Refuses to start unless every database of {@link Context#databases()} is at the migrations' heads; writes
     * nothing (not even the version tables).
     *
     * @return the strategy
     */
    static RetortStartup validate() {
        return context -> {
            for (Retort retort : context.databases()) {
                InfoResult info = retort.info();
                if (!info.upToDate()) {
                    String schema = retort.settings().versionSchema();
                    throw new RetortException("the database (version table in schema " + schema + ") is at "
                            + (info.current().isEmpty() ? "base" : String.join(", ", info.current()))
                            + ", not at the migrations' heads " + String.join(", ", info.heads())
                            + (info.pending().isEmpty() ? "" : "; pending: " + String.join(", ",
                            info.pending().stream().map(p -> p.id() + " (" + p.summary() + ")").toList()))
                            + ". spring.retort.startup=validate migrates nothing: run the migrations first");
                }
            }
        };
    }

    /**
     * Does nothing.
     *
     * @return the strategy
     */
    static RetortStartup none() {
        return context -> { };
    }

    /** What a start-up strategy works on. */
    interface Context {
        /**
         * The application's Retort (the {@code Retort} bean).
         *
         * @return the Retort
         */
        Retort retort();

        /**
         * The tenant schemas ({@code spring.retort.tenants}, or a {@link RetortTenants} bean); empty for a
         * single-schema application.
         *
         * @return the schemas
         */
        List<String> tenants();

        /**
         * A Retort for one tenant: the same settings, the version table in the tenant's schema, and migrations run
         * with {@code search_path} set to it (unqualified names land in the tenant's schema). Runs of different
         * tenants take different advisory locks.
         *
         * @param schema the tenant's schema (created by the first run when missing)
         * @return the tenant's Retort
         */
        Retort tenant(String schema);

        /**
         * The databases start-up works on: each tenant's when there are tenants, else the application's.
         *
         * @return the Retorts, in tenant order
         */
        default List<Retort> databases() {
            List<String> tenants = tenants();
            return tenants.isEmpty() ? List.of(retort()) : tenants.stream().map(this::tenant).toList();
        }
    }
}
