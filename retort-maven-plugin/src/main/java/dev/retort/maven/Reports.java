package dev.retort.maven;

import dev.retort.RunResult;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** The summary lines goals end with. */
final class Reports {
    private Reports() {
    }

    static void run(Log log, RunResult result) {
        if (result.revisions().isEmpty()) {
            log.info("nothing to " + result.operation() + ": the database is at " + heads(result.headsAfter()));
        } else {
            log.info(result.operation() + " done: " + result.revisions().size() + " revision"
                    + (result.revisions().size() == 1 ? "" : "s") + " in " + result.took().toMillis()
                    + " ms; the database is at " + heads(result.headsAfter()));
        }
    }

    static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
