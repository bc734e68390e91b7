package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.RetortSettings;
import dev.retort.spring.app.Customer;
import dev.retort.spring.app.TestApplication;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JPA application started on an empty database, as a user's would be. The same tests run on Spring Boot 3.5
 * (this module) and 4.0 (retort-spring-boot4-tests).
 */
@RetortDatabaseTest
class RetortStarterTest {
    /**
     * Tests of the starter's own logic, which no Spring Boot class that differs between lines takes part in; the
     * Spring Boot 4 run leaves them out to keep the build short.
     */
    static final String SAME_ON_EVERY_LINE = "same-on-every-line";

    @Test
    void migratesBeforeJpaValidatesAndTheApplicationServesQueries(TestDatabase db) throws Exception {
        try (ConfigurableApplicationContext app = start(db,
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.retort.lock-timeout=3s",
                "spring.retort.advisory-lock-timeout=20s",
                "spring.retort.transaction-mode=per-revision",
                "spring.retort.check-on-startup=true",
                "spring.retort.schema-locations=classpath:db/declared",
                "management.endpoints.web.exposure.include=retort")) {
            EntityManagerFactory emf = app.getBean(EntityManagerFactory.class);
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            em.persist(new Customer("Ada", "ada@example.com"));
            em.getTransaction().commit();
            List<Customer> found = em.createQuery("select c from Customer c where c.email = :e", Customer.class)
                    .setParameter("e", "ada@example.com").getResultList();
            em.close();
            assertThat(found).extracting(Customer::getName).containsExactly("Ada");
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM customers", Integer.class))
                    .isEqualTo(1);

            RetortSettings settings = app.getBean(Retort.class).settings();
            assertThat(settings.lockTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(settings.advisoryLockTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(settings.transactionMode()).isEqualTo(RetortSettings.TransactionMode.PER_REVISION);

            RetortEndpoint.Report report = app.getBean(RetortEndpoint.class).retort();
            assertThat(report.database().current()).containsExactly("b2c3d4e5f6a7");
            assertThat(report.database().heads()).containsExactly("b2c3d4e5f6a7");
            assertThat(report.database().upToDate()).isTrue();
            assertThat(report.database().pending()).isEmpty();
            assertThat(report.database().history()).extracting(RetortEndpoint.Applied::revision)
                    .containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
            assertThat(report.tenants()).isEmpty();
        }
    }

    @Test
    void aFailingMigrationStopsStartWithRetortsMessageAndJpaNeverStarts(TestDatabase db) throws Exception {
        assertThatThrownBy(() -> start(db, "spring.retort.locations=classpath:db/broken",
                "spring.jpa.hibernate.ddl-auto=validate"))
                .satisfies(e -> assertThat(rootRetortException(e)).isNotNull()
                        .hasMessageContaining("c3d4e5f6a7b8_broken.sql")
                        .hasMessageContaining("regions"))
                // What Boot prints under APPLICATION FAILED TO START: Retort's message, no stack trace.
                .satisfies(e -> assertThat(new dev.retort.spring.internal.RetortFailureAnalyzer().analyze(e))
                        .isNotNull()
                        .satisfies(a -> assertThat(a.getDescription())
                                .contains("Retort could not prepare the database", "c3d4e5f6a7b8_broken.sql:10")));
        StringBuilder factories = new StringBuilder();
        for (java.net.URL url : java.util.Collections.list(
                RetortStarterTest.class.getClassLoader().getResources("META-INF/spring.factories"))) {
            try (java.io.InputStream in = url.openStream()) {
                factories.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(factories).contains("dev.retort.spring.internal.RetortFailureAnalyzer");
        // One transaction for the run: nothing of it stayed.
        assertThat(db.queryColumn("SELECT count(*) FROM pg_tables WHERE tablename = 'customers'"))
                .containsExactly("0");
    }

    @Test
    void twoInstancesStartingAtOnceMigrateOnce(TestDatabase db) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return start(db, "spring.jpa.hibernate.ddl-auto=validate");
            }));
        }
        List<ConfigurableApplicationContext> apps = new ArrayList<>();
        try {
            for (CompletableFuture<ConfigurableApplicationContext> s : starts) {
                apps.add(s.get());
            }
            assertThat(db.queryColumn("SELECT revision || ' ' || direction FROM public.retort_history ORDER BY 1"))
                    .containsExactly("a1b2c3d4e5f6 upgrade", "b2c3d4e5f6a7 upgrade");
        } finally {
            apps.forEach(ConfigurableApplicationContext::close);
        }
    }

    @Test
    @Tag(SAME_ON_EVERY_LINE)
    void validateOnlyRefusesAnUnmigratedDatabaseAndWritesNothing(TestDatabase db) throws Exception {
        assertThatThrownBy(() -> start(db, "spring.retort.startup=validate"))
                .satisfies(e -> assertThat(rootRetortException(e)).isNotNull()
                        .hasMessageContaining("is at base, not at the migrations' heads b2c3d4e5f6a7")
                        .hasMessageContaining("a1b2c3d4e5f6 (Create customers)"));
        assertThat(db.queryColumn("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
    }

    @Test
    @Tag(SAME_ON_EVERY_LINE)
    void disabledOrNoneLeavesTheDatabaseAlone(TestDatabase db) throws Exception {
        try (ConfigurableApplicationContext app = start(db, "spring.retort.enabled=false")) {
            assertThat(app.getBeanNamesForType(Retort.class)).isEmpty();
        }
        try (ConfigurableApplicationContext app = start(db, "spring.retort.startup=none")) {
            assertThat(app.getBean(Retort.class).info().pending()).hasSize(2);
        }
        assertThat(db.queryColumn("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
    }

    @Test
    @Tag(SAME_ON_EVERY_LINE)
    void checkOnStartupFailsWhenTheMigratedDatabaseDiffersFromTheDeclaredSchema(TestDatabase db) {
        assertThatThrownBy(() -> start(db, "spring.retort.check-on-startup=true",
                "spring.retort.schema-locations=classpath:db/declared-other"))
                .satisfies(e -> assertThat(rootRetortException(e)).isNotNull()
                        .hasMessageContaining("does not match the declared schema")
                        .hasMessageContaining("phone"));
    }

    @Test
    void eachTenantSchemaIsMigratedWithItsOwnVersionTable(TestDatabase db) throws Exception {
        // One pooled connection: the tenant's search_path must not stay on it.
        try (ConfigurableApplicationContext app = start(db, "spring.retort.locations=classpath:db/tenant",
                "spring.retort.tenants=acme,globex", "spring.datasource.hikari.maximum-pool-size=1",
                "management.endpoints.web.exposure.include=retort")) {
            assertThat(db.queryColumn("SELECT schemaname || '.' || tablename FROM pg_tables"
                    + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"))
                    .containsExactly("acme.accounts", "acme.retort_history", "acme.retort_journal", "acme.retort_version",
                            "globex.accounts", "globex.retort_history", "globex.retort_journal",
                            "globex.retort_version");
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SHOW search_path", String.class))
                    .isEqualTo("\"$user\", public");
            RetortEndpoint.Report report = app.getBean(RetortEndpoint.class).retort();
            assertThat(report.tenants()).containsOnlyKeys("acme", "globex");
            assertThat(report.tenants().get("globex").current()).containsExactly("d4e5f6a7b8c9");
        }
    }

    @Test
    @Tag(SAME_ON_EVERY_LINE)
    void migrationsRunAsTheConfiguredRoleNotTheApplications(TestDatabase db) throws Exception {
        String role = db.name() + "_migrator";
        db.execute("CREATE ROLE " + role + " LOGIN; GRANT CREATE ON DATABASE " + db.name() + " TO " + role
                + "; GRANT CREATE ON SCHEMA public TO " + role);
        try {
            String url = db.jdbcUrl().replaceAll("([?&])user=[^&]*&?", "$1");
            try (ConfigurableApplicationContext app = start(db, "spring.jpa.hibernate.ddl-auto=validate",
                    "spring.retort.url=" + url, "spring.retort.user=" + role, "spring.retort.password=not-printed")) {
                assertThat(app.getBean(RetortProperties.class).toString()).doesNotContain("not-printed");
            }
            assertThat(db.queryColumn("SELECT DISTINCT applied_by FROM public.retort_history")).containsExactly(role);
            assertThat(db.queryColumn("SELECT tableowner FROM pg_tables WHERE tablename = 'customers'"))
                    .containsExactly(role);
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    @Test
    @Tag(SAME_ON_EVERY_LINE)
    void theApplicationsOwnBeansReplaceTheStartersStrategyAndRetort(TestDatabase db) throws Exception {
        List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        RetortConfigurationCustomizer listen = c -> c.listener(e -> {
            if (e instanceof dev.retort.RetortEvent.RevisionStarted r) {
                started.add(r.revision());
            }
        });
        RetortStartup firstOnly = context -> context.retort().upgrade("a1b2c3d4e5f6");
        try (ConfigurableApplicationContext app = start(db, TestApplication.class, listen, firstOnly)) {
            assertThat(app.getBean(Retort.class).current()).containsExactly("a1b2c3d4e5f6");
        }
        assertThat(started).containsExactly("a1b2c3d4e5f6");

        // A Retort of the application's own making: the starter runs its strategy on it.
        try (ConfigurableApplicationContext app = start(db, OwnRetort.class)) {
            assertThat(app.getBean(Retort.class).settings().versionSchema()).isEqualTo("own");
        }
        assertThat(db.queryColumn("SELECT revision FROM own.retort_version")).containsExactly("d4e5f6a7b8c9");
        assertThat(db.queryColumn("SELECT count(*) FROM public.accounts")).containsExactly("0");
    }

    /** The application's own Retort bean. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class OwnRetort {
        @org.springframework.context.annotation.Bean
        Retort retort(javax.sql.DataSource dataSource) {
            return Retort.configure().dataSource(dataSource).migrations("classpath:db/tenant").versionSchema("own")
                    .load();
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
        return start(db, TestApplication.class, List.of(), properties);
    }

    private static ConfigurableApplicationContext start(TestDatabase db, Class<?> source, Object... beans) {
        return start(db, source, List.of(beans));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ConfigurableApplicationContext start(TestDatabase db, Class<?> source, List<Object> beans,
                                                        String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.hikari.maximum-pool-size=2",
                "spring.jpa.open-in-view=false",
                "spring.main.banner-mode=off"));
        all.addAll(List.of(properties));
        SpringApplicationBuilder builder = source == TestApplication.class
                ? new SpringApplicationBuilder(TestApplication.class)
                : new SpringApplicationBuilder(TestApplication.class, source);
        for (Object bean : beans) {
            Class type = bean instanceof RetortStartup ? RetortStartup.class : RetortConfigurationCustomizer.class;
            builder.initializers(context -> ((org.springframework.context.support.GenericApplicationContext) context)
                    .registerBean(type, () -> bean));
        }
        return builder
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .properties(all.toArray(String[]::new))
                .run();
    }

    private static RetortException rootRetortException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetortException r) {
                return r;
            }
        }
        return null;
    }
}
