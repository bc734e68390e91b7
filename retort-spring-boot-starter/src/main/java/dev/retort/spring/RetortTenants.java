package dev.retort.spring;

import java.util.List;

/**
 * The tenant schemas of a schema-per-tenant application, asked for once at start-up. Define a bean of this type
 * to read them from elsewhere than {@code spring.retort.tenants} (it must not need the migrated database).
 */
@FunctionalInterface
public interface RetortTenants {
    /**
     * The tenant schemas.
     *
     * @return schema names, in the order they are migrated
     */
    List<String> schemas();
}
