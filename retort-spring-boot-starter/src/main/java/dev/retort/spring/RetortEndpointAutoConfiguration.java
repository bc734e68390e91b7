package dev.retort.spring;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code retort} Actuator endpoint, when Actuator is present and the endpoint is available (exposed with
 * {@code management.endpoints.web.exposure.include=retort}).
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(RetortMigrationInitializer.class)
public class RetortEndpointAutoConfiguration {
    /**
     * The endpoint.
     *
     * @param initializer the application's Retort and tenants
     * @return the endpoint
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(RetortEndpoint.class)
    public RetortEndpoint retortEndpoint(RetortMigrationInitializer initializer) {
        return new RetortEndpoint(initializer);
    }
}
