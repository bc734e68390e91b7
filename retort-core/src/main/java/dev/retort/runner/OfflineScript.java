package dev.retort.runner;

import dev.retort.sql.SqlStatement;
import java.io.PrintWriter;

/**
 * Prints the SQL a plan would run ({@code --sql}), version-table DDL and updates included, with the same
 * transaction boundaries as an online run, without touching any database. History rows get a NULL duration.
 */
public final class OfflineScript {
    private OfflineScript() {
    }

    public static void write(RevisionPath plan, VersionTable table, TransactionMode mode, PrintWriter out) {
        out.println("-- Retort offline " + plan.direction().sqlName() + ": " + describe(plan.startHeads()) + " -> "
                + describe(plan.endHeads()) + " (" + plan.steps().size() + " revision"
                + (plan.steps().size() == 1 ? "" : "s") + "). Generated, not run.");
        out.println();
        out.println("BEGIN;");
        out.println();
        for (String ddl : table.createStatements("public".equals(table.schema()))) {
            out.println(ddl + ";");
        }
        boolean inTransaction = true;
        for (RevisionPath.Step step : plan.steps()) {
            boolean own = !step.inOneTransaction();
            if (own || mode == TransactionMode.PER_REVISION) {
                if (inTransaction) {
                    out.println();
                    out.println("COMMIT;");
                }
                inTransaction = false;
            }
            out.println();
            if (!own && !inTransaction) {
                out.println("BEGIN;");
                out.println();
                inTransaction = true;
            }
            out.println("-- " + step.direction().sqlName() + " " + step.arrow() + " (" + step.script().file().getFileName()
                    + "): " + step.script().summary() + (!step.script().transactional() ? " [no transaction]"
                    : own ? " [autocommit statements split its transaction]" : ""));
            for (SqlStatement st : step.statements()) {
                // A revision split by autocommit statements: the stretches between them in transactions of their own.
                if (own && step.inTransaction(st) != inTransaction) {
                    out.println(inTransaction ? "COMMIT;" : "BEGIN;");
                    out.println();
                    inTransaction = !inTransaction;
                }
                out.println(st.sql() + ";");
                out.println();
            }
            if (own && step.script().transactional() && !inTransaction) {
                out.println("BEGIN;");
                out.println();
                inTransaction = true;
            }
            for (String sql : table.moveHeads(step.headsBefore(), step.headsAfter())) {
                out.println(sql + ";");
            }
            String checksum = step.direction() == Direction.UPGRADE ? step.script().checksum() : null;
            out.println(table.historyInsert(step.script().id(), step.direction(), checksum, null) + ";");
            if (own && inTransaction) {
                out.println();
                out.println("COMMIT;");
                inTransaction = false;
            }
        }
        if (inTransaction) {
            out.println();
            out.println("COMMIT;");
        }
        out.flush();
    }

    private static String describe(java.util.List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
