package dev.retort.cli;

import dev.retort.RevisionInfo;
import dev.retort.RunResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** How revisions and runs are shown on the command line (Alembic's layout, so its users feel at home). */
final class Printing {
    private Printing() {
    }

    static void printResult(PrintWriter out, RunResult result) {
        if (!result.revisions().isEmpty()) {
            out.println("done: " + result.revisions().size() + " revision" + (result.revisions().size() == 1 ? "" : "s")
                    + "; the database is at " + (result.headsAfter().isEmpty() ? "base" : String.join(", ", result.headsAfter())));
        }
    }

    /** {@code parent -> id (head) (label), message}. */
    static String line(RevisionInfo s) {
        String parents = s.parents().isEmpty() ? "<base>" : String.join(", ", s.parents());
        return parents + " -> " + s.id() + tags(s) + ", " + s.summary();
    }

    static String tags(RevisionInfo s) {
        List<String> tags = new ArrayList<>();
        if (s.isHead()) {
            tags.add("head");
        }
        if (s.isBranchPoint()) {
            tags.add("branchpoint");
        }
        if (s.isMerge()) {
            tags.add("mergepoint");
        }
        tags.addAll(s.branchLabels());
        return tags.isEmpty() ? "" : " (" + String.join(") (", tags) + ")";
    }

    static void verbose(PrintWriter out, RevisionInfo s) {
        out.println("Rev: " + s.id() + tags(s));
        out.println("Parent: " + (s.parents().isEmpty() ? "<base>" : String.join(", ", s.parents())));
        if (!s.children().isEmpty()) {
            out.println("Children: " + String.join(", ", s.children()));
        }
        if (!s.branchLabels().isEmpty()) {
            out.println("Branch labels: " + String.join(", ", s.branchLabels()));
        }
        if (!s.dependsOn().isEmpty()) {
            out.println("Depends on: " + String.join(", ", s.dependsOn()));
        }
        out.println("Path: " + ProjectCommand.display(s.file()));
        out.println("Create Date: " + s.createDate());
        out.println("Statements: " + s.upgradeStatements() + " upgrade, "
                + (s.reversible() ? s.downgradeStatements() + " downgrade" : "no downgrade section (irreversible)")
                + (s.transactional() ? "" : ", no transaction"));
        out.println("Checksum: " + s.checksum());
        out.println();
        for (String line : s.message().split("\n")) {
            out.println("    " + line);
        }
        out.println();
    }
}
