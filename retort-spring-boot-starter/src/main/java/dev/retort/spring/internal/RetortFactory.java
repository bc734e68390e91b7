package dev.retort.spring.internal;

import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.RetortException;
import dev.retort.spring.RetortConfigurationCustomizer;
import dev.retort.spring.RetortProperties;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds Retorts from {@code spring.retort.*}: the application's, and one per tenant. Only maps properties onto
 * {@link RetortConfiguration}; everything else is Retort's.
 */
public final class RetortFactory implements AutoCloseable {
    private final Map<String, Retort> tenants = new ConcurrentHashMap<>();
    private final RetortProperties properties;
    private final DataSource database;
    private final List<RetortConfigurationCustomizer> customizers;
    private final ClassLoader classLoader;

    /**
     * @param properties  the bound properties
     * @param application the application's DataSource, used unless {@code spring.retort.url} names another
     * @param customizers applied in order after the properties
     * @param classLoader where {@code classpath:} locations are read
     */
    public RetortFactory(RetortProperties properties, DataSource application,
                         List<RetortConfigurationCustomizer> customizers, ClassLoader classLoader) {
        this.properties = properties;
        if (properties.getUrl() == null && application == null) {
            throw new RetortException("the application has several DataSources and none is @Primary: mark the one"
                    + " to migrate @Primary, set spring.retort.url, or define a Retort bean");
        }
        this.database = properties.getUrl() == null ? application : migrationRole(properties);
        this.customizers = List.copyOf(customizers);
        this.classLoader = classLoader;
    }

    /**
     * The application's Retort.
     *
     * @return a new Retort
     */
    public Retort create() {
        RetortConfiguration configuration = configure().dataSource(database);
        if (properties.getVersionSchema() != null) {
            configuration.versionSchema(properties.getVersionSchema());
        }
        return load(configuration);
    }

    /**
     * A tenant's Retort: its version table in the tenant's schema, migrations with {@code search_path} set to it.
     *
     * @param schema the tenant's schema
     * @return the tenant's Retort, built once
     */
    public Retort tenant(String schema) {
        return tenants.computeIfAbsent(schema, s ->
                load(configure().connections(TenantConnections.of(database, s)).versionSchema(s)));
    }

    /** Closes the tenants' Retorts (dropping a scratch database an interrupted check still holds). */
    @Override
    public void close() {
        tenants.values().forEach(Retort::close);
    }

    private RetortConfiguration configure() {
        RetortProperties p = properties;
        RetortConfiguration c = Retort.configure().classLoader(classLoader)
                .migrations(p.getLocations().toArray(String[]::new));
        if (p.getTransactionMode() != null) {
            c.transactionMode(p.getTransactionMode());
        }
        if (p.getLockTimeout() != null) {
            c.lockTimeout(p.getLockTimeout());
        }
        if (p.getStatementTimeout() != null) {
            c.statementTimeout(p.getStatementTimeout());
        }
        if (p.getLockRetries() != null) {
            c.lockRetries(p.getLockRetries());
        }
        if (p.getAdvisoryLockTimeout() != null) {
            c.advisoryLockTimeout(p.getAdvisoryLockTimeout());
        }
        if (!p.getSchemas().isEmpty()) {
            c.schemas(p.getSchemas().toArray(String[]::new));
        }
        if (!p.getSchemaLocations().isEmpty()) {
            c.schemaLocations(p.getSchemaLocations().toArray(String[]::new));
        }
        if (p.getDevUrl() != null) {
            c.devUrl(p.getDevUrl());
        }
        // A running application has no project directory to keep snapshots in (a customizer may turn it on).
        c.cache(false);
        return c;
    }

    private Retort load(RetortConfiguration configuration) {
        for (RetortConfigurationCustomizer customizer : customizers) {
            customizer.customize(configuration);
        }
        return configuration.load();
    }

    private static DataSource migrationRole(RetortProperties p) {
        if (!p.getUrl().startsWith("jdbc:postgresql:")) {
            throw new RetortException("spring.retort.url must be a JDBC URL (jdbc:postgresql://host:port/database),"
                    + " not " + p.getUrl().replaceAll("://[^@/]*@", "://****@"));
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        try {
            ds.setUrl(p.getUrl());
        } catch (IllegalArgumentException e) {
            throw new RetortException("spring.retort.url is not a valid JDBC URL: " + e.getMessage());
        }
        if (p.getUser() != null) {
            ds.setUser(p.getUser());
        }
        if (p.getPassword() != null) {
            ds.setPassword(p.getPassword());
        }
        return ds;
    }
}
