package dev.retort.spring;

import dev.retort.RetortConfiguration;

/**
 * Adjusts the configuration the starter builds from {@code spring.retort.*} before it is loaded: listeners,
 * declared-schema settings, anything {@link RetortConfiguration} offers. Beans of this type are applied in order.
 */
@FunctionalInterface
public interface RetortConfigurationCustomizer {
    /**
     * Adjusts the configuration.
     *
     * @param configuration the configuration, with the properties already applied
     */
    void customize(RetortConfiguration configuration);
}
