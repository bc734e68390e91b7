package dev.retort.spring;

import dev.retort.CheckResult;
import dev.retort.Change;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.spring.internal.RetortFactory;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link RetortStartup} strategy when it is created. Spring Boot's database-initializer detection knows
 * this type, so the {@code EntityManagerFactory}, {@code JdbcTemplate} and other beans that use the database are
 * created after it, on a migrated schema.
 */
public class RetortMigrationInitializer implements InitializingBean {
    private final Retort retort;
    private final RetortStartup startup;
    private final List<String> tenants;
    private final RetortFactory factory;
    private final boolean checkOnStartup;

    /**
     * @param retort         the application's Retort
     * @param startup        what to do
     * @param tenants        the tenant schemas (empty for none)
     * @param factory        builds tenants' Retorts
     * @param checkOnStartup whether to check the declared schema afterwards
     */
    public RetortMigrationInitializer(Retort retort, RetortStartup startup, List<String> tenants,
                                      RetortFactory factory, boolean checkOnStartup) {
        this.retort = retort;
        this.startup = startup;
        this.tenants = List.copyOf(tenants);
        this.factory = factory;
        this.checkOnStartup = checkOnStartup;
    }

    @Override
    public void afterPropertiesSet() {
        RetortStartup.Context context = context();
        startup.run(context);
        if (checkOnStartup) {
            for (Retort database : context.databases()) {
                CheckResult check = database.check();
                if (!check.passed()) {
                    throw new RetortException(describe(database, check));
                }
            }
        }
    }

    /**
     * What the strategy works on.
     *
     * @return the context
     */
    public RetortStartup.Context context() {
        return new RetortStartup.Context() {
            @Override
            public Retort retort() {
                return retort;
            }

            @Override
            public List<String> tenants() {
                return tenants;
            }

            @Override
            public Retort tenant(String schema) {
                return factory.tenant(schema);
            }
        };
    }

    private static String terminated(String sql) {
        String s = sql.strip();
        return s.endsWith(";") ? s : s + ";";
    }

    private static String describe(Retort database, CheckResult check) {
        if (!check.atHead()) {
            return "spring.retort.check-on-startup: the database (version schema "
                    + database.settings().versionSchema() + ") is at "
                    + (check.applied().isEmpty() ? "base" : String.join(", ", check.applied()))
                    + ", not at the heads " + String.join(", ", check.heads());
        }
        return "spring.retort.check-on-startup: the database does not match the declared schema ("
                + check.drift().size() + " difference(s)); these statements would make it match:\n"
                + check.drift().stream().map(Change::sql).map(RetortMigrationInitializer::terminated)
                .collect(Collectors.joining("\n"));
    }
}
