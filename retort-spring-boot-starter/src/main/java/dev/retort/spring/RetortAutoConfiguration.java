package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.spring.internal.RetortFactory;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the application's database at start-up when there is a {@code DataSource} and
 * {@code spring.retort.enabled} is not false. Every bean can be replaced by the application's own.
 */
// By name: DataSourceAutoConfiguration moved between Spring Boot 3 and 4.
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(Retort.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "spring.retort", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {

    /**
     * Builds Retorts from the properties (the application's and its tenants').
     *
     * @param properties  {@code spring.retort.*}
     * @param dataSource  the application's DataSource
     * @param customizers the application's customizers, in order
     * @param resources   gives the class loader {@code classpath:} locations are read with
     * @return the factory
     */
    @Bean
    @ConditionalOnMissingBean
    public RetortFactory retortFactory(RetortProperties properties, ObjectProvider<DataSource> dataSource,
                                       ObjectProvider<RetortConfigurationCustomizer> customizers,
                                       ResourceLoader resources) {
        return new RetortFactory(properties, properties.getUrl() == null ? dataSource.getIfUnique() : null,
                customizers.orderedStream().toList(), resources.getClassLoader());
    }

    /**
     * The application's Retort.
     *
     * @param factory builds it
     * @return the Retort
     */
    // Closed with the context (Boot's shutdown hook): drops a scratch database a start-up check still holds.
    @Bean
    @ConditionalOnMissingBean
    public Retort retort(RetortFactory factory) {
        return factory.create();
    }

    /**
     * The tenants from {@code spring.retort.tenants}.
     *
     * @param properties {@code spring.retort.*}
     * @return the tenants
     */
    @Bean
    @ConditionalOnMissingBean
    public RetortTenants retortTenants(RetortProperties properties) {
        List<String> tenants = List.copyOf(properties.getTenants());
        return () -> tenants;
    }

    /**
     * The start-up strategy from {@code spring.retort.startup} and {@code spring.retort.target}.
     *
     * @param properties {@code spring.retort.*}
     * @return the strategy
     */
    @Bean
    @ConditionalOnMissingBean
    public RetortStartup retortStartup(RetortProperties properties) {
        return switch (properties.getStartup()) {
            case MIGRATE -> RetortStartup.migrate(properties.getTarget());
            case VALIDATE -> RetortStartup.validate();
            case NONE -> RetortStartup.none();
        };
    }

    /**
     * Runs the strategy before the database's users start.
     *
     * @param retort     the application's Retort
     * @param startup    the strategy
     * @param tenants    the tenants
     * @param factory    builds tenants' Retorts
     * @param properties {@code spring.retort.check-on-startup}
     * @return the initializer
     */
    @Bean
    @ConditionalOnMissingBean
    public RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortStartup startup,
                                                                 RetortTenants tenants, RetortFactory factory,
                                                                 RetortProperties properties) {
        return new RetortMigrationInitializer(retort, startup, tenants.schemas(), factory,
                properties.isCheckOnStartup());
    }
}
