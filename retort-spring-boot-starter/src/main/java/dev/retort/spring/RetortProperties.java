package dev.retort.spring;

import dev.retort.RetortSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code spring.retort.*} properties. Unset values keep Retort's own defaults (see docs/library.md).
 */
@ConfigurationProperties(prefix = "spring.retort")
public class RetortProperties {

    /** What start-up does when no RetortStartup bean is defined. */
    public enum Startup {
        /** Upgrade the database to the target (the default). */
        MIGRATE,
        /** Refuse to start unless the database is already at the migrations' heads; writes nothing. */
        VALIDATE,
        /** Do nothing at start-up (the Retort bean and the endpoint stay available). */
        NONE
    }

    /** Whether Retort migrates the application's DataSource at start-up. */
    private boolean enabled = true;

    /** Where the revision files are: classpath: folders (also inside the application's jar) or filesystem: directories. */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/retort"));

    /** The revision start-up upgrades to: heads, head, a revision id, a branch label, label@head. */
    private String target = "heads";

    /** What start-up does: migrate, validate (fail unless up to date) or none. */
    private Startup startup = Startup.MIGRATE;

    /** The schema of retort_version and retort_history (Retort's default: public). */
    private String versionSchema;

    /** How a run is split into transactions: all (one for the whole run, the default) or per-revision. */
    private RetortSettings.TransactionMode transactionMode;

    /** PostgreSQL lock_timeout for migration statements (Retort's default: 10s; 0 for none). */
    private Duration lockTimeout;

    /** PostgreSQL statement_timeout for migration statements (Retort's default: none). */
    private Duration statementTimeout;

    /** How often a statement that timed out waiting for a lock is retried (Retort's default: 0). */
    private Integer lockRetries;

    /** How long start-up waits for another instance's migration run to finish (Retort's default: 60s). */
    private Duration advisoryLockTimeout;

    /** JDBC URL of the database to migrate, when migrations run as another role than the application; default: the application's DataSource. */
    private String url;

    /** The migration role (with url); default: the URL's own or libpq's. */
    private String user;

    /** The migration role's password (with url); default: the URL's, PGPASSWORD or ~/.pgpass. */
    private String password;

    /** The schemas the declared schema owns (for check-on-startup); default: every non-system schema. */
    private List<String> schemas = new ArrayList<>();

    /** Where the declared schema's .sql files are, for check-on-startup (classpath: or filesystem:). */
    private List<String> schemaLocations = new ArrayList<>();

    /** Server where scratch databases are created for check-on-startup; default: the database's own server. */
    private String devUrl;

    /** Whether start-up fails when the database, once migrated, does not match the declared schema (schema-locations). */
    private boolean checkOnStartup;

    /** Tenant schemas: when set, start-up works on each (its own version table, search_path = the tenant) instead of the default schema. */
    private List<String> tenants = new ArrayList<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Startup getStartup() {
        return startup;
    }

    public void setStartup(Startup startup) {
        this.startup = startup;
    }

    public String getVersionSchema() {
        return versionSchema;
    }

    public void setVersionSchema(String versionSchema) {
        this.versionSchema = versionSchema;
    }

    public RetortSettings.TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(RetortSettings.TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public Integer getLockRetries() {
        return lockRetries;
    }

    public void setLockRetries(Integer lockRetries) {
        this.lockRetries = lockRetries;
    }

    public Duration getAdvisoryLockTimeout() {
        return advisoryLockTimeout;
    }

    public void setAdvisoryLockTimeout(Duration advisoryLockTimeout) {
        this.advisoryLockTimeout = advisoryLockTimeout;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getSchemas() {
        return schemas;
    }

    public void setSchemas(List<String> schemas) {
        this.schemas = schemas;
    }

    public List<String> getSchemaLocations() {
        return schemaLocations;
    }

    public void setSchemaLocations(List<String> schemaLocations) {
        this.schemaLocations = schemaLocations;
    }

    public String getDevUrl() {
        return devUrl;
    }

    public void setDevUrl(String devUrl) {
        this.devUrl = devUrl;
    }

    public boolean isCheckOnStartup() {
        return checkOnStartup;
    }

    public void setCheckOnStartup(boolean checkOnStartup) {
        this.checkOnStartup = checkOnStartup;
    }

    public List<String> getTenants() {
        return tenants;
    }

    public void setTenants(List<String> tenants) {
        this.tenants = tenants;
    }

    @Override
    public String toString() {
        // The password is never printed.
        return "RetortProperties[locations=" + locations + ", target=" + target + ", startup=" + startup
                + ", url=" + url + ", user=" + user + ", password=" + (password == null ? "unset" : "****") + "]";
    }
}
