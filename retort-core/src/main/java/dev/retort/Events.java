package dev.retort;

import dev.retort.progress.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns the stages' progress into listener events; collects the revisions a run ran, with their durations. */
final class Events implements Progress {
    private final List<RetortListener> listeners;
    private final String database;
    private final boolean detail;
    private final java.util.Set<AutoCloseable> scratch;
    private final List<RunResult.RevisionRun> finished = new ArrayList<>();

    /** @param scratch where the scratch databases open now are kept, for {@link Retort#close()} */
    Events(List<RetortListener> listeners, String database, boolean detail, java.util.Set<AutoCloseable> scratch) {
        this.listeners = listeners;
        this.database = database;
        this.detail = detail;
        this.scratch = scratch;
    }

    /** The same listeners, for behind-the-scenes text (dev databases, verification). */
    Events details() {
        return new Events(listeners, database, true, scratch);
    }

    @Override
    public void scratchOpened(AutoCloseable db) {
        scratch.add(db);
    }

    @Override
    public void scratchClosed(AutoCloseable db) {
        scratch.remove(db);
    }

    void send(RetortEvent event) {
        for (RetortListener l : listeners) {
            l.onEvent(event);
        }
    }

    List<RunResult.RevisionRun> finished() {
        return List.copyOf(finished);
    }

    @Override
    public void accept(String line) {
        send(new RetortEvent.Message(line, detail));
    }

    @Override
    public void revisionStarted(String revision, String direction, String path, Path file, String summary,
                                boolean transactional) {
        revisionStarted(revision, direction, path, file, summary, transactional, 0, 0);
    }

    @Override
    public void revisionStarted(String revision, String direction, String path, Path file, String summary,
                                boolean transactional, int step, int steps) {
        send(new RetortEvent.RevisionStarted(revision, direction, path, file.toString(), summary, transactional,
                step, steps));
    }

    @Override
    public void statementExecuted(String revision, int line, String sql, Duration took) {
        send(new RetortEvent.StatementExecuted(revision, line, sql, took));
    }

    @Override
    public void revisionFinished(String revision, String direction, Duration took) {
        revisionFinished(revision, direction, took, 0, 0);
    }

    @Override
    public void revisionFinished(String revision, String direction, Duration took, int step, int steps) {
        finished.add(new RunResult.RevisionRun(revision, direction, took));
        send(new RetortEvent.RevisionFinished(revision, direction, took, step, steps));
    }

    @Override
    public void waitingForLock(String versionSchema, String message) {
        send(new RetortEvent.WaitingForLock(database, versionSchema, message));
    }

    @Override
    public void devDatabaseBuilt(String name, int statements, Duration took) {
        send(new RetortEvent.DevDatabaseBuilt(name, statements, took));
    }

    @Override
    public void note(String text) {
        send(new RetortEvent.Message(text, false));
    }

    @Override
    public void planVerified(String what, int statements) {
        send(new RetortEvent.PlanVerified(what, statements));
    }
}
