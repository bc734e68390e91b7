package dev.retort.spring;

import dev.retort.InfoResult;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/retort}: where the database is (current revisions, heads, pending revisions, applied history),
 * and the same for each tenant. Reads only.
 */
@Endpoint(id = "retort")
public class RetortEndpoint {
    private final RetortMigrationInitializer initializer;

    /**
     * @param initializer gives the application's Retort and its tenants
     */
    public RetortEndpoint(RetortMigrationInitializer initializer) {
        this.initializer = initializer;
    }

    /**
     * The report.
     *
     * @return the application's database and, when there are tenants, each tenant's
     */
    @ReadOperation
    public Report retort() {
        RetortStartup.Context context = initializer.context();
        Map<String, Database> tenants = new LinkedHashMap<>();
        for (String tenant : context.tenants()) {
            tenants.put(tenant, database(context.tenant(tenant)));
        }
        return new Report(database(context.retort()), tenants);
    }

    private static Database database(Retort retort) {
        InfoResult info = retort.info();
        return new Database(retort.settings().versionSchema(), info.current(), info.heads(), info.upToDate(),
                info.pending().stream().map(RetortEndpoint::revision).toList(),
                info.history().stream().map(h -> new Applied(h.revision(), h.direction(),
                        h.appliedAt() == null ? null : h.appliedAt().toString(), h.appliedBy(),
                        h.took() == null ? null : h.took().toMillis())).toList());
    }

    private static Revision revision(RevisionInfo r) {
        return new Revision(r.id(), r.summary(), r.file());
    }

    /**
     * The endpoint's answer.
     *
     * @param database the application's database
     * @param tenants  each tenant's, by schema (empty without tenants)
     */
    public record Report(Database database, Map<String, Database> tenants) {
    }

    /**
     * One database (or tenant).
     *
     * @param versionSchema where its version table is
     * @param current       the revisions it is at (empty: base)
     * @param heads         the migrations' heads
     * @param upToDate      whether nothing is pending
     * @param pending       what an upgrade would run, in order
     * @param history       what was applied, reverted, stamped or repaired, oldest first
     */
    public record Database(String versionSchema, List<String> current, List<String> heads, boolean upToDate,
                           List<Revision> pending, List<Applied> history) {
    }

    /**
     * A pending revision.
     *
     * @param id      its id
     * @param message the first line of its message
     * @param file    where it is
     */
    public record Revision(String id, String message, String file) {
    }

    /**
     * One history row.
     *
     * @param revision  the revision
     * @param direction upgrade, downgrade, stamp, unstamp or repair
     * @param appliedAt when (ISO-8601)
     * @param appliedBy the database role
     * @param tookMs    how long its statements took, in milliseconds (null when not measured)
     */
    public record Applied(String revision, String direction, String appliedAt, String appliedBy, Long tookMs) {
    }
}
