package example;

import dev.retort.InfoResult;
import dev.retort.Retort;
import dev.retort.RunResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Migrates a database with the migrations packaged in this application's jar (under {@code db/migration}), then
 * prints where the database is.
 *
 * <pre>java -jar library-example-shaded.jar jdbc:postgresql://localhost:5432/app?user=app</pre>
 */
public final class MigrateApp {
    private MigrateApp() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv("DATABASE_URL");
        if (url == null) {
            System.err.println("usage: java -jar library-example-shaded.jar JDBC_URL (or set DATABASE_URL)");
            System.exit(2);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource(); // any DataSource: a pool works the same way
        dataSource.setURL(url);

        try (Retort retort = Retort.configure()
                .dataSource(dataSource)
                .migrations("classpath:db/migration")
                .load()) {
            RunResult run = retort.upgrade();
            System.out.println("applied " + run.revisionIds().size() + " revision(s): " + run.revisionIds());

            InfoResult info = retort.info();
            System.out.println("current: " + info.current());
            System.out.println("heads:   " + info.heads());
            System.out.println("pending: " + info.pending().size());
            for (InfoResult.HistoryEntry entry : info.history()) {
                System.out.println("history: " + entry.direction() + " " + entry.revision() + " by "
                        + entry.appliedBy());
            }
        }
    }
}
