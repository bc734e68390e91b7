package dev.retort.spring.internal;

import dev.retort.spring.RetortMigrationInitializer;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} initialises the database, so beans that depend on
 * database initialisation (JPA, JDBC templates, {@code @DependsOnDatabaseInitialization}) start after it. The
 * type lives in the same package in Spring Boot 3 (spring-boot) and 4 (spring-boot-sql).
 */
public final class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(RetortMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        // Before script-based initialisers (spring.sql.init), as Flyway and Liquibase do.
        return 1;
    }
}
