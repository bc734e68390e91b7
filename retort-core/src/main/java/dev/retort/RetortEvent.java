package dev.retort;

import java.time.Duration;

/** What a {@link RetortListener} receives. Each kind of event is a record; switch over them. */
public sealed interface RetortEvent {
    /**
     * An operation started.
     *
     * @param operation what it is: {@code upgrade}, {@code downgrade}, {@code stamp}, {@code repair}, {@code check},
     *                  {@code autogenerate}, {@code diff}, {@code inspect}, {@code info}
     * @param database  the database it works on, safe to print (no password)
     */
    record RunStarted(String operation, String database) implements RetortEvent {
    }

    /**
     * An operation finished (successfully; a failure is the exception the operation throws).
     *
     * @param operation as in {@link RunStarted}
     * @param took      how long it took
     */
    record RunFinished(String operation, Duration took) implements RetortEvent {
    }

    /**
     * A revision is about to run.
     *
     * @param revision      its id
     * @param direction     {@code upgrade} or {@code downgrade}
     * @param path          the version table's heads before and after it, e.g. {@code base -> 1a2b3c}
     * @param file          its file
     * @param summary       the first line of its message
     * @param transactional false for a {@code -- migrate:no-transaction} revision
     * @param step          its place in the run, from 1; 0 when not known
     * @param steps         how many revisions the run has; 0 when not known
     */
    record RevisionStarted(String revision, String direction, String path, String file, String summary,
                           boolean transactional, int step, int steps)
            implements RetortEvent {
        /** A revision whose place in the run is not known. */
        public RevisionStarted(String revision, String direction, String path, String file, String summary,
                               boolean transactional) {
            this(revision, direction, path, file, summary, transactional, 0, 0);
        }
    }

    /**
     * One statement of a revision ran.
     *
     * @param revision the revision's id
     * @param line     the line of the revision file the statement starts on
     * @param sql      the statement
     * @param took     how long it took
     */
    record StatementExecuted(String revision, int line, String sql, Duration took) implements RetortEvent {
    }

    /**
     * A revision ran; its version-table rows are written (and committed unless the run is one transaction).
     *
     * @param revision  its id
     * @param direction {@code upgrade} or {@code downgrade}
     * @param took      how long its statements took
     * @param step      its place in the run, from 1; 0 when not known
     * @param steps     how many revisions the run has; 0 when not known
     */
    record RevisionFinished(String revision, String direction, Duration took, int step, int steps)
            implements RetortEvent {
        /** A revision whose place in the run is not known. */
        public RevisionFinished(String revision, String direction, Duration took) {
            this(revision, direction, took, 0, 0);
        }
    }

    /**
     * Another run holds the advisory lock of this version schema; this one waits for it.
     *
     * @param database      the database
     * @param versionSchema the version schema whose lock is held
     * @param message       what is waited for and who holds it, e.g. {@code waiting for another retort run ...
     *                      (advisory lock 123, held by pid 4567 ...)}
     */
    record WaitingForLock(String database, String versionSchema, String message) implements RetortEvent {
    }

    /**
     * A declared schema was built in a dev database.
     *
     * @param database   the dev database's name
     * @param statements how many statements built it
     * @param took       how long they took
     */
    record DevDatabaseBuilt(String database, int statements, Duration took) implements RetortEvent {
    }

    /**
     * A plan was applied on a dev database and produced the schema it must.
     *
     * @param what       which plan: {@code the upgrade}, {@code the downgrade}
     * @param statements how many statements it has
     */
    record PlanVerified(String what, int statements) implements RetortEvent {
    }

    /**
     * Any other progress, as text.
     *
     * @param text   the message
     * @param detail true for behind-the-scenes detail (dev databases created, reused, dropped), false for what a
     *               user running the operation wants to see (nothing to do, stamped, repaired)
     */
    record Message(String text, boolean detail) implements RetortEvent {
    }
}
