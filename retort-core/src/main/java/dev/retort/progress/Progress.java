package dev.retort.progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where the stages report what they do: free text through {@link #accept} (as the {@code Consumer<String>} every
 * stage already takes), and typed events through the other methods. A stage holding a plain consumer reports
 * through {@link #of}, which ignores the typed events; the library façade passes an implementation that turns them
 * into listener events.
 */
public interface Progress extends Consumer<String> {
    /** Ignores everything. */
    Progress NONE = line -> { };

    /**
     * {@code log} itself when it is a Progress, else one that passes text to it, revisions starting as a line of
     * text ({@code running upgrade base -> a1 (a1_x.sql): summary}), and ignores the other typed events.
     */
    static Progress of(Consumer<String> log) {
        if (log instanceof Progress p) {
            return p;
        }
        if (log == null) {
            return NONE;
        }
        return new Progress() {
            @Override
            public void accept(String line) {
                log.accept(line);
            }

            @Override
            public void revisionStarted(String revision, String direction, String path, Path file, String summary,
                                        boolean transactional) {
                log.accept(startLine(direction, path, file, summary, transactional));
            }

            @Override
            public void waitingForLock(String versionSchema, String message) {
                log.accept(message);
            }
        };
    }

    /** How a revision starting is written as text. */
    static String startLine(String direction, String path, Path file, String summary, boolean transactional) {
        return "running " + direction + " " + path + " (" + file.getFileName() + "): " + summary
                + (transactional ? "" : " [no transaction]");
    }

    /**
     * A revision is about to run: {@code direction} is upgrade or downgrade, {@code path} the version table's heads
     * before and after it ({@code base -> a1}).
     */
    default void revisionStarted(String revision, String direction, String path, Path file, String summary,
                                 boolean transactional) {
    }

    /** As {@link #revisionStarted(String, String, String, Path, String, boolean)}, the {@code step}-th of {@code steps}. */
    default void revisionStarted(String revision, String direction, String path, Path file, String summary,
                                 boolean transactional, int step, int steps) {
        revisionStarted(revision, direction, path, file, summary, transactional);
    }

    /** One statement of a revision ran, starting at {@code line} of its file. */
    default void statementExecuted(String revision, int line, String sql, Duration took) {
    }

    /** A revision ran (its version-table rows are written, not yet necessarily committed). */
    default void revisionFinished(String revision, String direction, Duration took) {
    }

    /** As {@link #revisionFinished(String, String, Duration)}, the {@code step}-th of {@code steps}. */
    default void revisionFinished(String revision, String direction, Duration took, int step, int steps) {
        revisionFinished(revision, direction, took);
    }

    /** Another run holds the advisory lock of {@code versionSchema}: this one waits; {@code message} says who. */
    default void waitingForLock(String versionSchema, String message) {
    }

    /** A scratch database was created (or claimed); {@code close()} drops it. */
    default void scratchOpened(AutoCloseable database) {
    }

    /** A scratch database was dropped, or kept for reuse. */
    default void scratchClosed(AutoCloseable database) {
    }

    /** A declared schema was built in the dev database {@code database}. */
    default void devDatabaseBuilt(String database, int statements, Duration took) {
    }

    /** Something the user should see even without asking for detail (an object left out of scope, say). */
    default void note(String text) {
        accept(text);
    }

    /** A plan ({@code what}: "the upgrade", "the downgrade") was applied on the dev database and reached its target. */
    default void planVerified(String what, int statements) {
    }
}
